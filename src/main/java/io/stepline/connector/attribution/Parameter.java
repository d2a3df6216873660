package io.stepline.connector.attribution;

import java.util.List;

/**
 * One declared model parameter: its name, kind, default and documentation. Models declare them
 * once; validation, {@code stepline attribution --help} and the docs come from the declaration.
 *
 * @param lowerBound for numbers, the smallest allowed value (null: none)
 * @param lowerInclusive whether {@code lowerBound} itself is allowed
 */
public record Parameter(String name, Kind kind, String defaultValue, List<String> choices, String description,
        Double lowerBound, boolean lowerInclusive) {

    public enum Kind { DECIMAL, INTEGER, BOOLEAN, CHOICE }

    public Parameter {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Parameter decimal(String name, String defaultValue, String description) {
        return new Parameter(name, Kind.DECIMAL, defaultValue, null, description, null, true);
    }

    public static Parameter integer(String name, String defaultValue, String description) {
        return new Parameter(name, Kind.INTEGER, defaultValue, null, description, null, true);
    }

    public static Parameter bool(String name, String defaultValue, String description) {
        return new Parameter(name, Kind.BOOLEAN, defaultValue, null, description, null, true);
    }

    public static Parameter choice(String name, String defaultValue, List<String> choices, String description) {
        return new Parameter(name, Kind.CHOICE, defaultValue, choices, description, null, true);
    }

    /** The common {@code path_transform} parameter with a model's own default. */
    public static Parameter pathTransform(PathTransform defaultValue, String why) {
        return choice("path_transform", defaultValue.parameterValue(), PathTransform.names(),
                "applied to each path before the model (see Path transforms above). " + why);
    }

    public Parameter atLeast(double bound) {
        return new Parameter(name, kind, defaultValue, choices, description, bound, true);
    }

    public Parameter above(double bound) {
        return new Parameter(name, kind, defaultValue, choices, description, bound, false);
    }

    /** One line for help texts: {@code half_life_days=7 (decimal > 0): ...}. */
    public String usage() {
        String type = switch (kind) {
            case DECIMAL -> "decimal";
            case INTEGER -> "integer";
            case BOOLEAN -> "true|false";
            case CHOICE -> String.join("|", choices);
        };
        if (lowerBound != null) {
            type += (lowerInclusive ? " >= " : " > ") + formatBound(lowerBound);
        }
        return name + "=" + defaultValue + " (" + type + "): " + description;
    }

    private static String formatBound(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }
}

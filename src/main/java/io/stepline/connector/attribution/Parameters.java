package io.stepline.connector.attribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A model's parameters after validation: every declared parameter has a value (given or its
 * default), every given one is declared and well formed.
 */
public final class Parameters {
    private final String model;
    private final Map<String, Parameter> declared = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private Parameters(String model) {
        this.model = model;
    }

    public static Parameters resolve(AttributionModel model, Map<String, String> given)
            throws InvalidParameterException {
        Parameters parameters = new Parameters(model.name());
        model.parameters().forEach(p -> parameters.declared.put(p.name(), p));
        for (String name : given.keySet()) {
            if (!parameters.declared.containsKey(name)) {
                throw new InvalidParameterException(model.name(), name, "unknown; the parameters of " + model.name()
                        + " are " + (parameters.declared.isEmpty() ? "none" : String.join(", ", parameters.declared.keySet())));
            }
        }
        for (Parameter p : model.parameters()) {
            String value = given.containsKey(p.name()) ? given.get(p.name()).trim() : p.defaultValue();
            parameters.values.put(p.name(), parameters.check(p, value));
        }
        return parameters;
    }

    private String check(Parameter p, String value) throws InvalidParameterException {
        switch (p.kind()) {
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw invalid(p.name(), "'" + value + "' is not true or false");
                }
                return lower;
            }
            case CHOICE -> {
                if (!p.choices().contains(value)) {
                    throw invalid(p.name(), "'" + value + "' is not one of " + String.join(", ", p.choices()));
                }
                return value;
            }
            default -> {
                double number;
                try {
                    number = p.kind() == Parameter.Kind.INTEGER ? Integer.parseInt(value) : Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw invalid(p.name(), "'" + value + "' is not " + (p.kind() == Parameter.Kind.INTEGER
                            ? "an integer" : "a number"));
                }
                if (!Double.isFinite(number)) {
                    throw invalid(p.name(), "'" + value + "' is not a finite number");
                }
                if (p.lowerBound() != null && (p.lowerInclusive() ? number < p.lowerBound() : number <= p.lowerBound())) {
                    throw invalid(p.name(), value + " must be " + (p.lowerInclusive() ? ">= " : "> ")
                            + p.lowerBound());
                }
                return value;
            }
        }
    }

    public InvalidParameterException invalid(String name, String problem) {
        return new InvalidParameterException(model, name, problem);
    }

    public String model() {
        return model;
    }

    public double decimal(String name) {
        return Double.parseDouble(value(name));
    }

    public int integer(String name) {
        return Integer.parseInt(value(name));
    }

    public boolean bool(String name) {
        return Boolean.parseBoolean(value(name));
    }

    public String choice(String name) {
        return value(name);
    }

    public PathTransform pathTransform() {
        return PathTransform.valueOf(value("path_transform").toUpperCase(Locale.ROOT));
    }

    private String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(model + " declares no parameter " + name);
        }
        return value;
    }

    /** The values used, typed, for results: a reader sees exactly what ran. */
    public ObjectNode toJson() {
        ObjectNode json = Json.NODES.objectNode();
        values.forEach((name, value) -> {
            switch (declared.get(name).kind()) {
                case DECIMAL -> json.put(name, Double.parseDouble(value));
                case INTEGER -> json.put(name, Integer.parseInt(value));
                case BOOLEAN -> json.put(name, Boolean.parseBoolean(value));
                case CHOICE -> json.put(name, value);
            }
        });
        return json;
    }
}

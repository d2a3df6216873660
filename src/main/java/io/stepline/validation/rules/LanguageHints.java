package io.stepline.validation.rules;

import io.stepline.definition.QueryLanguage;
import java.util.Map;

/** What to write instead of a field that belongs to the other query language. */
final class LanguageHints {
    private static final Map<String, String> IN_JSONATA = Map.ofEntries(
            Map.entry("InputPath", "read the input with {% $states.input... %} in Arguments or Output"),
            Map.entry("Parameters", "use Arguments"),
            Map.entry("ResultSelector", "use Output (or Assign) with {% $states.result... %}"),
            Map.entry("ResultPath", "use Output (or Assign) to combine input and result"),
            Map.entry("OutputPath", "use Output"),
            Map.entry("Result", "use Output"),
            Map.entry("ItemsPath", "use Items"),
            Map.entry("Variable", "use Condition with a {% ... %} expression"));

    private static final Map<String, String> IN_JSONPATH = Map.of(
            "Arguments", "use Parameters",
            "Output", "use OutputPath or ResultSelector",
            "Items", "use ItemsPath",
            "Condition", "use Variable with a comparison operator");

    private LanguageHints() {
    }

    /** A JSONata machine's states cannot go back to JSONPath, so switching is only offered elsewhere. */
    static String forJsonata(String field, ValidationRun run) {
        boolean canSwitch = run.index().machineLanguage() != QueryLanguage.JSONATA;
        String hint = IN_JSONATA.get(field);
        if (hint == null && field.endsWith("Path")) {
            hint = "write " + field.substring(0, field.length() - 4) + " as a {% ... %} expression";
        }
        return (hint == null ? "remove it" : hint) + (canSwitch ? ", or set QueryLanguage to JSONPath" : "");
    }

    static String forJsonPath(String field) {
        return IN_JSONPATH.getOrDefault(field, "remove it") + ", or set QueryLanguage to JSONata";
    }
}

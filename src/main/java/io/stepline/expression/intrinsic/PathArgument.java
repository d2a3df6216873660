package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.expression.EvaluationException;
import io.stepline.expression.EvaluationScope;
import io.stepline.expression.path.CompiledPath;
import io.stepline.expression.path.Paths;
import io.stepline.json.Json;

/** A path argument ({@code $.a}, {@code $$.Execution.Id}, {@code $var.x}), compiled once. */
record PathArgument(CompiledPath path) implements Argument {

    @Override
    public String source() {
        return path.text();
    }

    @Override
    public JsonNode evaluate(EvaluationScope scope) throws EvaluationException, ArgumentException {
        JsonNode value = path.find(scope);
        if (value != null) {
            return value;
        }
        JsonNode document = searchedDocument(scope);
        if (document == null) {
            // An undefined variable: the path layer words that failure ("The variable 'x' is not defined").
            return path.read(scope);
        }
        throw ArgumentException.withDetail("The JsonPath argument for the field '" + path.text()
                + "' could not be found in the input '" + Json.write(document) + "'");
    }

    private JsonNode searchedDocument(EvaluationScope scope) {
        String text = path.text();
        if (text.startsWith("$$")) {
            return scope.context();
        }
        if (Paths.isVariable(text)) {
            int end = 1;
            while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                end++;
            }
            return scope.variable(text.substring(1, end));
        }
        return scope.input();
    }
}

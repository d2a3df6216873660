package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One JSONata expression (the text between {@code {%} and {@code %}}), parsed once and
 * evaluated as AWS Step Functions does: no context item ({@code $} is undefined), {@code $states}
 * and the workflow variables bound, the Step Functions functions added and {@code $eval}
 * removed.
 *
 * <p>Thread-safe: one instance may be evaluated by many threads at once. The parsed form is
 * never changed after {@link #compile}; dashjoin keeps its per-evaluation state on a
 * thread-local evaluator whose fields it saves and restores around every call (checked in
 * 0.9.10's bytecode), and everything an evaluation binds goes into a fresh frame.
 *
 * <pre>{@code
 * JsonataExpression items = JsonataExpression.compile("$states.input.orders");
 * JsonNode value = items.evaluate(JsonataBindings.of(scope), "Items");
 * }</pre>
 */
public final class JsonataExpression {
    // GUESS at AWS's wording (after the jsonata-js test harness); the depth AWS allows is not known.
    private static final String STACK_OVERFLOW =
            "Stack overflow error: Check for non-terminating recursive function. Consider rewriting as tail-recursive.";

    private final String text;
    private final Jsonata compiled;
    private final List<String> variableNames;
    private final boolean readsClock;

    private JsonataExpression(String text, Jsonata compiled, Set<String> references) {
        this.text = text;
        this.compiled = compiled;
        this.readsClock = references.contains("now") || references.contains("millis");
        this.variableNames = references.stream().filter(name -> !name.equals("states")).toList();
    }

    /**
     * Parses an expression. Surrounding whitespace is dropped, as AWS does when it quotes the
     * expression in a message.
     *
     * @throws JsonataSyntaxException when the text is not a JSONata expression
     */
    public static JsonataExpression compile(String expression) {
        String text = expression.strip();
        Jsonata compiled;
        try {
            compiled = Jsonata.jsonata(text);
        } catch (JException e) {
            JsonataErrorText error = JsonataErrorText.of(e, text);
            throw new JsonataSyntaxException(text, error.code(), e.getLocation(), error.message(), "");
        } catch (RuntimeException e) {
            // dashjoin's tokenizer fails this way on some unterminated input, e.g. "/* x".
            throw new JsonataSyntaxException(text, null, -1, e.toString(), "");
        }
        // JSON null must stay distinct from undefined (dashjoin would turn it into Java null),
        // and converting nulls would also rewrite the shared input maps in place.
        compiled.setOutputConvertNulls(false);
        StepFunctionsFunctions.registerOn(compiled);
        return new JsonataExpression(text, compiled, VariableReferences.in(text));
    }

    /** The expression as AWS quotes it in messages. */
    public String text() {
        return text;
    }

    /**
     * The expression's value. Undefined is an error in every JSONata field, with AWS's message.
     *
     * @param field where the expression is written, for messages: {@code Output/result}, {@code Items}
     */
    public JsonNode evaluate(JsonataBindings bindings, String field) throws JsonataEvaluationException {
        Object value = evaluateToEngineValue(bindings, field);
        if (value == null) {
            throw QueryEvaluationErrors.returnedNothing(text, field);
        }
        try {
            return JsonataValues.toJson(value);
        } catch (JsonataValues.UnsupportedValueException e) {
            throw QueryEvaluationErrors.unsupportedResult(text, field);
        }
    }

    private Object evaluateToEngineValue(JsonataBindings bindings, String field) throws JsonataEvaluationException {
        Jsonata.Frame frame = bindings.frame(variableNames);
        if (readsClock) {
            StepFunctionsFunctions.bindClock(frame, System.currentTimeMillis());
        }
        try {
            return compiled.evaluate(null, frame);
        } catch (JException e) {
            throw QueryEvaluationErrors.threw(text, field, JsonataErrorText.of(e, text));
        } catch (StackOverflowError e) {
            throw QueryEvaluationErrors.threw(text, field, new JsonataErrorText(null, STACK_OVERFLOW));
        } catch (RuntimeException e) {
            // dashjoin lets some bad inputs escape as Java exceptions where JSONata raises a coded
            // error (e.g. $number("abc")). They are the expression's failure, not the engine's, so
            // they fail the state the way AWS fails it, with the Java wording as the detail.
            throw QueryEvaluationErrors.threw(text, field, new JsonataErrorText(null, e.toString()));
        }
    }

    @Override
    public String toString() {
        return "{% " + text + " %}";
    }
}

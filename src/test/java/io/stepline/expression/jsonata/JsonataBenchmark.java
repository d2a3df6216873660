package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A quick single-thread micro-benchmark (not a test): nanoseconds per evaluation of
 * {@code $states.input.a} and of a small Output template. Run from the test classpath:
 * {@code java -cp target/test-classes:target/classes:<deps> io.stepline.expression.jsonata.JsonataBenchmark}.
 */
public final class JsonataBenchmark {
    private static final int ROUNDS = 5;
    private static final int ITERATIONS = 1_000_000;
    private static final String INPUT = "{\"a\":1,\"b\":\"text\",\"c\":[1,2,3],\"d\":{\"e\":true,\"f\":null},"
            + "\"g\":2.5,\"h\":\"more text\",\"i\":[{\"j\":1},{\"j\":2}],\"k\":12345678901}";

    private JsonataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestScope scope = TestScope.of(INPUT).with("total", "40");
        JsonataExpression simple = JsonataExpression.compile("$states.input.a");
        JsonataTemplate output = JsonataTemplate.compile(TestScope.json(
                "{\"a\":\"{% $states.input.a %}\",\"sum\":\"{% $sum($states.input.c) + $total %}\",\"fixed\":\"x\","
                        + "\"j\":\"{% $states.input.i.j %}\",\"name\":\"{% $uppercase($states.input.b) %}\"}"));
        JsonataBindings shared = scope.bindings();
        Jsonata raw = Jsonata.jsonata("$states.input.a");
        raw.setOutputConvertNulls(false);
        Map<String, Object> rawStates = Map.of("input", JsonataValues.toJava(scope.input()));

        for (int round = 1; round <= ROUNDS; round++) {
            System.out.printf("round %d%n", round);
            report("$states.input.a, bindings reused (input converted once)", () -> simple.evaluate(shared, "Output"));
            report("$states.input.a, new bindings each time (input converted each time)",
                    () -> simple.evaluate(scope.bindings(), "Output"));
            report("5-field Output template, new bindings each time", () -> output.evaluate(scope.bindings(), "Output"));
            report("dashjoin alone: $states.input.a on a prebuilt frame", () -> {
                Jsonata.Frame frame = new Jsonata.Frame(null);
                frame.bind("states", rawStates);
                return raw.evaluate(null, frame);
            });
        }
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void report(String label, Work work) throws Exception {
        Object sink = null;
        long start = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            sink = work.run();
        }
        long nanos = System.nanoTime() - start;
        System.out.printf("  %-72s %7.0f ns/op  (%s)%n", label, (double) nanos / ITERATIONS,
                sink instanceof JsonNode node ? node.toString().length() + " chars" : String.valueOf(sink));
    }
}

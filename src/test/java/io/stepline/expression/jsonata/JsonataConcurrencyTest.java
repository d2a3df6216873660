package io.stepline.expression.jsonata;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One compiled expression is evaluated by many threads at once, while other threads compile new
 * expressions (dashjoin keeps its evaluator in a thread-local that compiling replaces).
 */
class JsonataConcurrencyTest {
    private static final List<String> EXPRESSIONS = List.of(
            "$states.input.n * 2",
            "$map($states.input.items, function($v, $i) { $v.price * $i + $states.input.n })",
            "$states.input.items[price > 10].name",
            "($f := $substring(?, 0, 2); $f($states.input.label))",
            "$reduce($states.input.items.price, function($a, $b) { $a + $b }, $states.input.n)",
            "$sort($states.input.items, function($l, $r) { $l.price < $r.price }).name",
            "$states.input ~> |items|{'seen': $states.input.n}|",
            "{ 'total': $sum($states.input.items.price), 'var': $v & '-' & $states.input.n }",
            "$partition($range(1, $states.input.n + 3, 1), 2)",
            "$string($states.input.items{name: price})",
            "$states.input.items#$pos[$pos = $states.input.n % 3].name",
            "($fact := function($x) { $x <= 1 ? 1 : $x * $fact($x - 1) }; $fact($states.input.n % 10))");

    @Test
    void sharedExpressionsGiveEveryThreadItsOwnAnswer() throws Exception {
        List<JsonataExpression> compiled = EXPRESSIONS.stream().map(JsonataExpression::compile).toList();
        List<String> inputs = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            inputs.add(("{'n':%d,'label':'L%d','items':[{'name':'a%d','price':%d},{'name':'b','price':12},"
                    + "{'name':'c','price':%d.5}]}").formatted(n, n, n, n * 3, n).replace('\'', '"'));
        }
        Map<String, String> expected = new ConcurrentHashMap<>();
        for (String input : inputs) {
            for (int e = 0; e < compiled.size(); e++) {
                expected.put(e + input, evaluate(compiled.get(e), input));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    int checked = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < 3000; i++) {
                        if (i % 100 == 0) {
                            JsonataExpression.compile("$states.input.n + " + i); // replaces dashjoin's thread-local
                        }
                        int e = random.nextInt(compiled.size());
                        String input = inputs.get(random.nextInt(inputs.size()));
                        assertThat(evaluate(compiled.get(e), input)).isEqualTo(expected.get(e + input));
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).isEqualTo(8 * 3000);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String evaluate(JsonataExpression expression, String input) throws JsonataEvaluationException {
        TestScope scope = TestScope.of(input).with("v", "\"var\"");
        return Json.write(expression.evaluate(scope.bindings(), "Output"));
    }
}

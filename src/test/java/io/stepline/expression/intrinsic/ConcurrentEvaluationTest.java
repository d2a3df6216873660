package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.Intrinsics.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parsed expression is shared by every execution of a state, so it must hold no per-call state. */
class ConcurrentEvaluationTest {

    @Test
    void oneExpressionServesManyThreads() throws Exception {
        IntrinsicExpression expression = IntrinsicParser.parse(
                "States.Format('{}-{}', $.n, States.ArrayLength(States.ArrayRange(1, $.n, 1)))");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> {
                    for (int n = 1; n <= 500; n++) {
                        JsonNode value = expression.evaluate(new TestScope(json("{n: " + n + "}"), json("{}"), Map.of()));
                        if (!value.textValue().equals(n + "-" + n)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

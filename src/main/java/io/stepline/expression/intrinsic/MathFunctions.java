package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.IntrinsicFunction.of;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/** States.MathAdd and States.MathRandom, over Java ints as AWS computes them. */
final class MathFunctions {
    private MathFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                of("States.MathAdd", Arity.exactly(2), MathFunctions::add),
                of("States.MathRandom", Arity.between(2, 3), MathFunctions::random));
    }

    /**
     * The sum of two ints. Decimals are rounded half up first (1.5 → 2, -1.5 → -1, as AWS
     * recorded); an operand or sum outside the int range fails.
     */
    private static JsonNode add(List<JsonNode> values) throws ArgumentException {
        int a = ArgumentValues.roundedInt(values.get(0));
        int b = ArgumentValues.roundedInt(values.get(1));
        try {
            return IntNode.valueOf(Math.addExact(a, b));
        } catch (ArithmeticException overflow) {
            throw ArgumentException.invalid();
        }
    }

    /**
     * An int in [start, end): the end is exclusive and bounds are truncated (MathRandom(1.6, 5.4)
     * can return 1, MathRandom(1.4, 1.6) fails). With a seed, the value is
     * {@code new java.util.Random(seed).nextInt(end - start) + start}, so the same seed gives the
     * same number, as on AWS (seed 42 over [-5, 5) gives -5 there).
     */
    private static JsonNode random(List<JsonNode> values) throws ArgumentException {
        int start = ArgumentValues.truncatedInt(values.get(0));
        int end = ArgumentValues.truncatedInt(values.get(1));
        long bound = (long) end - start;
        if (bound <= 0 || bound > Integer.MAX_VALUE) {
            throw ArgumentException.invalid();
        }
        if (values.size() == 3) {
            long seed = ArgumentValues.truncatedLong(values.get(2));
            return IntNode.valueOf(new Random(seed).nextInt((int) bound) + start);
        }
        return IntNode.valueOf(ThreadLocalRandom.current().nextInt(start, end));
    }
}

package io.stepline.expression.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Utils;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.stepline.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range},
 * {@code $hash}, {@code $random} with an optional seed, {@code $uuid}, {@code $parse}), the one
 * it takes away ({@code $eval}), and a per-evaluation clock for {@code $now} and {@code $millis}.
 *
 * <p>Semantics beyond the AWS documentation come from third-party measurements against AWS
 * (see the package notes): non-integer arguments are truncated towards zero; a chunk size or
 * step that cannot make progress, an empty array, a missing step or algorithm give undefined;
 * {@code $range} returns a sequence, so a single value comes back bare; {@code $random(seed)}
 * is {@code new java.util.Random(seed).nextDouble()}.
 */
final class StepFunctionsFunctions {
    /** AWS refuses a $range longer than this with its memory-limit error (third-party measurement). */
    static final long RANGE_LIMIT = 360_145;
    static final String MEMORY_LIMIT = "Expression evaluation memory limit exceeded: Check for excessive memory usage";
    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

    private StepFunctionsFunctions() {
    }

    // Built once and shared by every expression, like JSONata's own built-ins: creating one
    // parses its signature (microseconds), and binding one by name writes that name into it,
    // which is done here once rather than on every compile.
    private static final Map<String, JFunction> FUNCTIONS = named(Map.of(
            "partition", new JFunction((input, args) -> partition(args), "<an:a>"),
            "range", new JFunction((input, args) -> range(args), "<nnn?:a>"),
            "hash", new JFunction((input, args) -> hash(args), "<ss?:s>"),
            "random", new JFunction((input, args) -> random(args), "<n?:n>"),
            "uuid", new JFunction((input, args) -> UUID.randomUUID().toString(), "<:s>"),
            "parse", new JFunction((input, args) -> parse(args), "<s:x>")));

    private static Map<String, JFunction> named(Map<String, JFunction> functions) {
        Jsonata.Frame naming = new Jsonata.Frame(null);
        functions.forEach(naming::bind);
        return functions;
    }

    /** Adds the Step Functions functions to a freshly compiled expression, before it is shared. */
    static void registerOn(Jsonata expression) {
        FUNCTIONS.forEach(expression::assign);
        // Bound to nothing, so a call fails as on AWS: T1006 "Attempted to invoke a non-function".
        expression.assign("eval", null);
    }

    /**
     * Binds {@code $now} and {@code $millis} to one instant for this evaluation. dashjoin's own
     * read a timestamp kept per thread that goes stale when an expression compiled on one thread
     * is evaluated on another. These are made per evaluation, so they check their arguments
     * themselves ({@code <s?s?:s>} and {@code <:n>}) rather than pay for a parsed signature.
     */
    static void bindClock(Jsonata.Frame frame, long millis) {
        // A workflow variable of the same name shadows the function, as any binding does.
        if (frame.lookup("now") == null) {
            frame.bind("now", new JFunction((input, args) -> {
                requireStrings("now", args, 2);
                return Functions.dateTimeFromMillis(millis, (String) argument(args, 0), (String) argument(args, 1));
            }, null));
        }
        if (frame.lookup("millis") == null) {
            frame.bind("millis", new JFunction((input, args) -> {
                requireStrings("millis", args, 0);
                return millis;
            }, null));
        }
    }

    private static void requireStrings(String function, List<?> args, int most) {
        for (int i = 0; i < args.size(); i++) {
            if (i >= most || args.get(i) != null && !(args.get(i) instanceof String)) {
                throw new JException("T0410", -1, i + 1, function);
            }
        }
    }

    static Object partition(List<?> args) {
        List<?> array = (List<?>) argument(args, 0);
        Number size = (Number) argument(args, 1);
        if (array == null || size == null || array.isEmpty() || size.longValue() <= 0) {
            return null;
        }
        int chunk = (int) Math.min(size.longValue(), array.size());
        List<Object> chunks = new ArrayList<>((array.size() + chunk - 1) / chunk);
        for (int from = 0; from < array.size(); from += chunk) {
            chunks.add(new ArrayList<>(array.subList(from, Math.min(from + chunk, array.size()))));
        }
        return chunks;
    }

    static Object range(List<?> args) {
        Number start = (Number) argument(args, 0);
        Number end = (Number) argument(args, 1);
        Number step = (Number) argument(args, 2);
        if (start == null || end == null || step == null) {
            return null;
        }
        long first = start.longValue();
        long last = end.longValue();
        long increment = step.longValue();
        if (increment == 0 || (last != first && (last > first) != (increment > 0))) {
            return null;
        }
        long count = (last - first) / increment + 1;
        if (count > RANGE_LIMIT) {
            throw new JException(MEMORY_LIMIT, -1);
        }
        List<Object> values = Utils.createSequence();
        for (long value = first, i = 0; i < count; value += increment, i++) {
            values.add(value == (int) value ? Integer.valueOf((int) value) : Long.valueOf(value));
        }
        return values;
    }

    static Object hash(List<?> args) throws NoSuchAlgorithmException {
        String value = (String) argument(args, 0);
        String algorithm = (String) argument(args, 1);
        if (value == null || algorithm == null) {
            return null;
        }
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            // GUESS: AWS's wording is not recorded; it is known to name the algorithm.
            throw new JException("The hashing algorithm '" + algorithm
                    + "' is not supported. Supported algorithms: MD5, SHA-1, SHA-256, SHA-384, SHA-512", -1);
        }
        byte[] digest = MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    static Object random(List<?> args) {
        Number seed = (Number) argument(args, 0);
        return seed == null ? ThreadLocalRandom.current().nextDouble() : new Random(seed.longValue()).nextDouble();
    }

    static Object parse(List<?> args) {
        String text = (String) argument(args, 0);
        if (text == null) {
            return null;
        }
        try {
            return JsonataValues.toJava(Json.parse(text));
        } catch (JsonProcessingException e) {
            // GUESS: AWS's wording for text that is not JSON is not recorded.
            throw new JException("The input string is not valid JSON: " + e.getOriginalMessage(), -1);
        }
    }

    private static Object argument(List<?> args, int index) {
        return index < args.size() ? args.get(index) : null;
    }
}

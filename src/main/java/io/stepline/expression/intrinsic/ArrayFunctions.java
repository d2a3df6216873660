package io.stepline.expression.intrinsic;

import static io.stepline.expression.intrinsic.IntrinsicFunction.of;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.stepline.json.Json;
import java.util.List;

/** States.Array, ArrayPartition, ArrayContains, ArrayRange, ArrayGetItem, ArrayLength, ArrayUnique. */
final class ArrayFunctions {
    /** AWS: "The newly generated array can't contain more than 1000 items." */
    static final int MAX_RANGE_ITEMS = 1000;

    private ArrayFunctions() {
    }

    static List<IntrinsicFunction> all() {
        return List.of(
                of("States.Array", Arity.atLeast(0), ArrayFunctions::array),
                of("States.ArrayPartition", Arity.exactly(2), ArrayFunctions::partition),
                of("States.ArrayContains", Arity.exactly(2), ArrayFunctions::contains),
                of("States.ArrayRange", Arity.exactly(3), ArrayFunctions::range),
                of("States.ArrayGetItem", Arity.exactly(2), ArrayFunctions::getItem),
                of("States.ArrayLength", Arity.exactly(1), ArrayFunctions::length),
                of("States.ArrayUnique", Arity.exactly(1), ArrayFunctions::unique));
    }

    private static JsonNode array(List<JsonNode> values) {
        ArrayNode array = Json.NODES.arrayNode(values.size());
        return array.addAll(values);
    }

    /** Chunks of {@code size} items, the last one shorter; a fractional size is truncated (2.6 → 2). */
    private static JsonNode partition(List<JsonNode> values) throws ArgumentException {
        JsonNode array = ArgumentValues.array(values.get(0));
        int size = ArgumentValues.truncatedInt(values.get(1));
        if (size < 1) {
            throw ArgumentException.invalid();
        }
        ArrayNode chunks = Json.NODES.arrayNode((array.size() + size - 1) / size);
        for (int start = 0; start < array.size(); start += size) {
            ArrayNode chunk = chunks.addArray();
            for (int i = start; i < Math.min(start + size, array.size()); i++) {
                chunk.add(array.get(i));
            }
        }
        return chunks;
    }

    /**
     * AWS compares the Java text of the values, not the JSON: 1 matches "1", true matches "true",
     * and {"a":1,"b":2} does not match {"b":2,"a":1}.
     */
    private static JsonNode contains(List<JsonNode> values) throws ArgumentException {
        JsonNode array = ArgumentValues.array(values.get(0));
        String wanted = JavaObjects.text(values.get(1));
        for (JsonNode element : array) {
            if (JavaObjects.text(element).equals(wanted)) {
                return Json.NODES.booleanNode(true);
            }
        }
        return Json.NODES.booleanNode(false);
    }

    /** From {@code first} to {@code last} inclusive by {@code step}; empty when the step points away. */
    private static JsonNode range(List<JsonNode> values) throws ArgumentException {
        int first = ArgumentValues.truncatedInt(values.get(0));
        int last = ArgumentValues.truncatedInt(values.get(1));
        int step = ArgumentValues.truncatedInt(values.get(2));
        if (step == 0) {
            throw ArgumentException.invalid();
        }
        long span = (long) last - first;
        long count = span != 0 && Long.signum(span) != Integer.signum(step) ? 0 : span / step + 1;
        if (count > MAX_RANGE_ITEMS) {
            throw ArgumentException.invalid();
        }
        ArrayNode range = Json.NODES.arrayNode((int) count);
        for (int i = 0; i < count; i++) {
            range.add((int) (first + (long) i * step));
        }
        return range;
    }

    /**
     * The item at a zero-based index, a fractional index truncated. AWS answers null, not an
     * error, when the array is empty, whatever the index.
     */
    private static JsonNode getItem(List<JsonNode> values) throws ArgumentException {
        JsonNode array = ArgumentValues.array(values.get(0));
        long index = ArgumentValues.truncatedLong(values.get(1));
        if (array.isEmpty()) {
            return NullNode.instance;
        }
        if (index < 0 || index >= array.size()) {
            throw ArgumentException.invalid();
        }
        return array.get((int) index);
    }

    private static JsonNode length(List<JsonNode> values) throws ArgumentException {
        return IntNode.valueOf(ArgumentValues.array(values.get(0)).size());
    }

    /** Duplicates removed, in the order of the Java HashSet AWS builds (see {@link JavaHashSetOrder}). */
    private static JsonNode unique(List<JsonNode> values) throws ArgumentException {
        List<JsonNode> distinct = JavaHashSetOrder.distinct(ArgumentValues.array(values.get(0)));
        return Json.NODES.arrayNode(distinct.size()).addAll(distinct);
    }
}

package io.stepline.expression.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks the emulation against the JDK itself: Jackson turns JSON into the plain Java objects AWS
 * works on (LinkedHashMap, ArrayList, Integer, Long, Double, String, Boolean, null), and the
 * emulated text, hash, equality and HashSet order must match theirs.
 */
class JavaObjectsTest {
    private final Random random = new Random(20240601);

    @Test
    void textHashAndEqualityMatchJavaObjects() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            JsonNode a = randomValue(3);
            JsonNode b = random.nextBoolean() ? a.deepCopy() : randomValue(3);
            Object javaA = Json.MAPPER.treeToValue(a, Object.class);
            Object javaB = Json.MAPPER.treeToValue(b, Object.class);

            assertThat(JavaObjects.text(a)).as("%s", a).isEqualTo(String.valueOf(javaA));
            assertThat(JavaObjects.hash(a)).as("%s", a).isEqualTo(Objects.hashCode(javaA));
            assertThat(JavaObjects.same(a, b)).as("%s vs %s", a, b).isEqualTo(Objects.equals(javaA, javaB));
        }
    }

    @Test
    void keyOrderDoesNotMatterToEqualityButDoesToText() {
        JsonNode ab = Intrinsics.json("{a: 1, b: 2}");
        JsonNode ba = Intrinsics.json("{b: 2, a: 1}");

        assertThat(JavaObjects.same(ab, ba)).isTrue();
        assertThat(JavaObjects.hash(ab)).isEqualTo(JavaObjects.hash(ba));
        assertThat(JavaObjects.text(ab)).isNotEqualTo(JavaObjects.text(ba));
    }

    @Test
    void distinctElementsComeInJavaHashSetOrder() throws Exception {
        for (int i = 0; i < 500; i++) {
            ArrayNode array = Json.NODES.arrayNode();
            int size = random.nextInt(60);
            for (int k = 0; k < size; k++) {
                // Small values repeat often, so the sets see duplicates and collisions.
                array.add(random.nextInt(4) == 0 ? array.isEmpty() ? randomValue(2) : array.get(random.nextInt(array.size()))
                        : randomValue(1));
            }
            List<?> javaList = Json.MAPPER.treeToValue(array, List.class);
            List<Object> expected = new ArrayList<>(new HashSet<>(javaList));

            List<Object> actual = new ArrayList<>();
            for (JsonNode node : JavaHashSetOrder.distinct(array)) {
                actual.add(Json.MAPPER.treeToValue(node, Object.class));
            }
            assertThat(actual).as("%s", array).isEqualTo(expected);
        }
    }

    private JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> Json.NODES.nullNode();
            case 1 -> Json.NODES.booleanNode(random.nextBoolean());
            case 2 -> Json.NODES.numberNode(random.nextInt(20) - 5);
            case 3 -> Json.NODES.numberNode(random.nextBoolean() ? 3_000_000_000L + random.nextInt(9) : -7_000_000_000L);
            case 4 -> Json.NODES.numberNode(random.nextInt(9) / 4.0);
            case 5 -> Json.NODES.textNode(String.valueOf(random.nextInt(12)));
            case 6 -> Json.NODES.textNode(random.nextBoolean() ? "true" : "a" + random.nextInt(3));
            case 7 -> {
                ArrayNode array = Json.NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = Json.NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set("k" + random.nextInt(4), randomValue(depth - 1));
                }
                yield object;
            }
        };
    }
}

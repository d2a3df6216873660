package io.stepline.validation;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules must cope with any shape, since they run on files that are wrong by definition: every
 * valid fixture, with each of its values replaced in turn by values of every other JSON type,
 * validates without throwing.
 */
class MalformedInputTest {
    private static final List<JsonNode> REPLACEMENTS = List.of(Json.NODES.nullNode(), Json.NODES.numberNode(-1.5),
            Json.NODES.textNode("{% %}"), Json.NODES.textNode("$["), Json.NODES.booleanNode(true),
            Json.NODES.arrayNode().add(1), Json.NODES.objectNode().put("x", 1));

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/asl/validation/valid"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyMutationValidatesWithoutThrowing(Path file) throws IOException {
        JsonNode original = Json.parse(Files.readString(file));
        List<String> pointers = new ArrayList<>();
        collect(original, "", pointers);
        DefinitionValidator validator = new DefinitionValidator();
        for (String pointer : pointers) {
            for (JsonNode replacement : REPLACEMENTS) {
                JsonNode mutated = replace(original.deepCopy(), pointer, replacement);
                String text = Json.write(mutated);
                assertThatCode(() -> validator.validate(Validate.read("m.json", text), ValidationOptions.aslOnly()))
                        .as("%s with %s at %s", file, replacement, pointer).doesNotThrowAnyException();
            }
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> into) {
        into.add(pointer);
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    private static JsonNode replace(JsonNode root, String pointer, JsonNode replacement) {
        if (pointer.isEmpty()) {
            return replacement;
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String token = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(token, replacement);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(token), replacement);
        }
        return root;
    }
}

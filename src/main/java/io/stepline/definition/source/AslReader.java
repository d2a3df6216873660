package io.stepline.definition.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.stepline.json.SyntaxMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an ASL definition from JSON or YAML into a tree, recording the JSON Pointer and
 * line:column of every node. One streaming pass builds the tree itself (rather than letting
 * Jackson's databind do it) because databind forgets locations and duplicate keys.
 */
public final class AslReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final JsonFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public enum Format { JSON, YAML }

    public AslDocument read(Path file) throws IOException, AslSyntaxException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return read(file.toString(), text, formatOf(file.getFileName().toString(), text));
    }

    public AslDocument read(String file, String text) throws AslSyntaxException {
        return read(file, text, formatOf(file, text));
    }

    public AslDocument read(String file, String text, Format format) throws AslSyntaxException {
        if (text.isBlank()) {
            throw new AslSyntaxException(file, new Position(1, 1), "the file is empty");
        }
        JsonFactory factory = format == Format.YAML ? YAML : JSON;
        SourceMap sourceMap = new SourceMap();
        List<DuplicateKey> duplicates = new ArrayList<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new AslSyntaxException(file, new Position(1, 1), "the file holds no document");
            }
            JsonNode root = new TreeBuilder(parser, sourceMap, duplicates).value("");
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new AslSyntaxException(file, positionOf(parser.currentTokenLocation()),
                        "unexpected content after the end of the document");
            }
            return new AslDocument(file, root, sourceMap, List.copyOf(duplicates));
        } catch (JsonProcessingException e) {
            throw new AslSyntaxException(file, positionOf(e.getLocation()), SyntaxMessages.of(e));
        } catch (IOException e) {
            throw new AslSyntaxException(file, Position.UNKNOWN, "cannot read: " + e.getMessage());
        }
    }

    public static Format formatOf(String fileName, String text) {
        String lower = fileName.toLowerCase();
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Format.YAML;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        String start = text.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? Format.JSON : Format.YAML;
    }

    private static Position positionOf(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /**
     * What is wrong, in one line: Jackson's message without its "at [Source: ...]" tail and
     * internal jargon. A YAML parser message starts with its context ("while parsing a flow
     * mapping"); the problem itself ("expected ',' or '}'") comes after, so take that.
     */
    private static final class TreeBuilder {
        private final JsonParser parser;
        private final SourceMap sourceMap;
        private final List<DuplicateKey> duplicates;

        TreeBuilder(JsonParser parser, SourceMap sourceMap, List<DuplicateKey> duplicates) {
            this.parser = parser;
            this.sourceMap = sourceMap;
            this.duplicates = duplicates;
        }

        /** Builds the value whose first token is the parser's current token. */
        JsonNode value(String pointer) throws IOException {
            sourceMap.recordValue(pointer, positionOf(parser.currentTokenLocation()));
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> object(pointer);
                case START_ARRAY -> array(pointer);
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> integer();
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new IOException("unexpected token " + token);
            };
        }

        private JsonNode integer() throws IOException {
            return switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                String childPointer = SourceMap.child(pointer, key);
                Position keyPosition = positionOf(parser.currentTokenLocation());
                if (node.has(key)) {
                    duplicates.add(new DuplicateKey(childPointer, key, keyPosition));
                }
                sourceMap.recordKey(childPointer, keyPosition);
                parser.nextToken();
                node.set(key, value(childPointer));
            }
            return node;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(SourceMap.child(pointer, index++)));
            }
            return node;
        }
    }
}

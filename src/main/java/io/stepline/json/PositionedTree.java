package io.stepline.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON or YAML document read into a tree together with the line:column of every value, keyed
 * by JSON Pointer: what a file format other than ASL (a connector manifest) needs to report each
 * problem where it is. ASL definitions have their own reader, which also keeps duplicate keys.
 */
public record PositionedTree(JsonNode root, Map<String, Position> positions) {
    /** A line and column, both from 1. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private static final JsonFactory YAML = YAMLFactory.builder().build();

    /** Reads YAML (which includes JSON); a syntax error carries its own line and column. */
    public static PositionedTree readYaml(String text) throws JsonProcessingException {
        Map<String, Position> positions = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() == null) {
                return new PositionedTree(Json.NODES.missingNode(), positions);
            }
            return new PositionedTree(value(parser, "", positions), positions);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading text from memory failed", e);
        }
    }

    /**
     * The line and column of the value at {@code pointer}, or of its nearest parent that has one
     * (a missing property is reported at the object that lacks it); 1:1 when none is known.
     */
    public Position positionOf(String pointer) {
        String at = pointer;
        while (true) {
            Position position = positions.get(at);
            if (position != null) {
                return position;
            }
            if (at.isEmpty()) {
                return new Position(1, 1);
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }

    private static JsonNode value(JsonParser parser, String pointer, Map<String, Position> positions) throws IOException {
        JsonLocation location = parser.currentTokenLocation();
        positions.put(pointer, new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())));
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                ObjectNode node = Json.NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    node.set(key, value(parser, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), positions));
                }
                yield node;
            }
            case START_ARRAY -> {
                ArrayNode node = Json.NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    node.add(value(parser, pointer + "/" + node.size(), positions));
                }
                yield node;
            }
            case VALUE_STRING -> Json.NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> Json.NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> Json.NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> Json.NODES.booleanNode(true);
            case VALUE_FALSE -> Json.NODES.booleanNode(false);
            default -> Json.NODES.nullNode();
        };
    }
}

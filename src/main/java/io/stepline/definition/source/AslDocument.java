package io.stepline.definition.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A parsed definition file: the JSON tree, where each node came from, and keys that were
 * duplicated (JSON parsers silently keep the last one; ASL authors want to be told).
 */
public record AslDocument(String file, JsonNode root, SourceMap sourceMap, List<DuplicateKey> duplicateKeys) {

    public Position positionOf(String pointer) {
        return sourceMap.valueAt(pointer);
    }

    public Position keyPositionOf(String pointer) {
        return sourceMap.keyAt(pointer);
    }
}

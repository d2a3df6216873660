package io.stepline.definition.source;

/** A key that appears twice in one JSON/YAML object; the later value wins in the tree. */
public record DuplicateKey(String pointer, String key, Position position) {
}

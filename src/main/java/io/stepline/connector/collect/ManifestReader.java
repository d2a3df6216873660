package io.stepline.connector.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.stepline.json.PositionedTree;
import io.stepline.json.SyntaxMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a connector manifest: YAML with positions, checked against the manifest's JSON Schema
 * (every problem, each at its file:line:col), then a few rules a schema cannot say (the file's
 * name is the connector's, JSONPath and JSONata that compile), then built into a {@link Manifest}.
 */
public final class ManifestReader {
    private static final Schema SCHEMA = loadSchema();

    private ManifestReader() {
    }

    public static Manifest read(Path file) throws InvalidManifestException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem(file, 1, 1, "cannot read the manifest: " + e.getMessage());
        }
        return read(file, text);
    }

    public static Manifest read(Path file, String text) throws InvalidManifestException {
        PositionedTree tree;
        try {
            tree = PositionedTree.readYaml(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw problem(file, at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    SyntaxMessages.of(e));
        }
        if (!tree.root().isObject()) {
            throw problem(file, 1, 1, "a manifest must be a mapping with connector, baseUrl and streams");
        }
        List<ManifestProblem> problems = new ArrayList<>();
        for (Error error : SCHEMA.validate(tree.root())) {
            String pointer = pointerOf(error.getInstanceLocation());
            var position = tree.positionOf(pointer);
            problems.add(new ManifestProblem(file.toString(), position.line(), position.column(), describe(pointer, error)));
        }
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        JsonNode name = tree.root().path("connector");
        if (problems.isEmpty() && name.isTextual() && !name.asText().equals(expected)) {
            var position = tree.positionOf("/connector");
            problems.add(new ManifestProblem(file.toString(), position.line(), position.column(),
                    "connector: '" + name.asText() + "' must be the file's name, '" + expected + "'"));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ManifestProblem::line).thenComparingInt(ManifestProblem::column));
            throw new InvalidManifestException(problems.stream().distinct().toList());
        }
        return new ManifestBuilder(file, tree).build();
    }

    static InvalidManifestException problem(Path file, int line, int column, String message) {
        return new InvalidManifestException(List.of(new ManifestProblem(file.toString(), line, column, message)));
    }

    private static String pointerOf(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** The schema's message with the field named as a person reads it: {@code streams.contacts.path: ...}. */
    private static String describe(String pointer, Error error) {
        String field = pointer.isEmpty() ? "(manifest)" : pointer.substring(1).replace('/', '.');
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        if (message.startsWith("$") && colon > 0) {
            message = message.substring(colon + 2);
        }
        return field + ": " + message;
    }

    private static Schema loadSchema() {
        try (InputStream in = ManifestReader.class.getResourceAsStream("connector-manifest.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the manifest schema is missing from the build", e);
        }
    }
}

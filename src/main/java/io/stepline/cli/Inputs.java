package io.stepline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.stepline.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads execution input given inline or in a file, with the position of any syntax error. */
final class Inputs {
    private Inputs() {
    }

    static JsonNode read(String inline, Path file) throws UserError, IOException {
        if (inline != null && file != null) {
            throw new UserError("give either --input or --input-file, not both");
        }
        if (file != null) {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
        return inline == null ? Json.NODES.objectNode() : parse(inline, "--input");
    }

    private static JsonNode parse(String text, String where) throws UserError {
        try {
            JsonNode node = Json.parse(text);
            if (node == null || node.isMissingNode()) {
                throw new UserError(where + ": the input is empty; pass a JSON value such as {}");
            }
            return node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String position = location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
            throw new UserError(where + position + ": the input is not valid JSON: "
                    + e.getOriginalMessage().split("\n")[0]);
        }
    }
}

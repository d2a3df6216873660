package io.stepline.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One Catch entry. {@code resultPath} is "$" by default and null when set to JSON null;
 * {@code output} and {@code assign} are the JSONata-state forms (null when absent).
 */
public record Catcher(
        List<String> errorEquals,
        String next,
        String resultPath,
        JsonNode output,
        JsonNode assign,
        Origin origin) {
}

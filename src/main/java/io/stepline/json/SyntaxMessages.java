package io.stepline.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;

/** What went wrong in malformed JSON or YAML, said briefly, without the parser's internals. */
public final class SyntaxMessages {
    private SyntaxMessages() {
    }

    public static String of(JsonProcessingException e) {
        if (e instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            String problem = yaml.getProblem().strip();
            return yaml.getContext() == null ? problem : problem + " (" + yaml.getContext().strip() + ")";
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "malformed document";
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return message.replace("Unexpected character", "unexpected character")
                .replace("Unexpected end-of-input", "unexpected end of file");
    }

}

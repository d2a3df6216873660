package io.stepline.connector.collect;

import io.stepline.config.secret.Redactor;
import java.nio.charset.StandardCharsets;

/** The start of a response body for an error's cause: short, one line, secrets masked. */
final class Snippets {
    static final int LENGTH = 300;

    private Snippets() {
    }

    static String of(String body) {
        if (body == null || body.isEmpty()) {
            return "(empty body)";
        }
        String text = body.length() > LENGTH ? body.substring(0, LENGTH) + "..." : body;
        return Redactor.redact(text.replaceAll("\\s+", " ").strip());
    }

    static String of(byte[] body) {
        return of(new String(body, 0, Math.min(body.length, LENGTH * 4), StandardCharsets.UTF_8));
    }
}

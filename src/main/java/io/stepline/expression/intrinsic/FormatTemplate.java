package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A States.Format template split once into the text around its {@code {}} placeholders.
 * {@code \{}, {@code \}}, {@code \'} and {@code \\} stand for the character itself; a brace that
 * is not part of {@code {}} makes the template invalid. A backslash before anything else stays a
 * backslash (only a template read from the input can hold one: the parser rejects it in literals).
 */
final class FormatTemplate {
    private final String[] texts;
    private final int length;

    private FormatTemplate(String[] texts) {
        this.texts = texts;
        int sum = 0;
        for (String text : texts) {
            sum += text.length();
        }
        this.length = sum;
    }

    static FormatTemplate compile(String template) throws ArgumentException {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            char next = i + 1 < template.length() ? template.charAt(i + 1) : 0;
            if (c == '\\' && (next == '{' || next == '}' || next == '\'' || next == '\\')) {
                current.append(next);
                i++;
            } else if (c == '{' && next == '}') {
                texts.add(current.toString());
                current.setLength(0);
                i++;
            } else if (c == '{' || c == '}') {
                throw ArgumentException.invalid();
            } else {
                current.append(c);
            }
        }
        texts.add(current.toString());
        return new FormatTemplate(texts.toArray(String[]::new));
    }

    int placeholders() {
        return texts.length - 1;
    }

    /** The template with placeholder i replaced by the Java text of {@code values.get(first + i)}. */
    String render(List<JsonNode> values, int first) {
        StringBuilder out = new StringBuilder(length + 16 * placeholders());
        out.append(texts[0]);
        for (int i = 1; i < texts.length; i++) {
            out.append(JavaObjects.text(values.get(first + i - 1))).append(texts[i]);
        }
        return out.toString();
    }
}

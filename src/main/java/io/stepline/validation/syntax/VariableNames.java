package io.stepline.validation.syntax;

/**
 * Workflow variable names as AWS defines them: a Unicode identifier (ID_Start then
 * ID_Continue characters, as in Unicode Annex #31), at most 80 characters. An underscore is
 * accepted first too, as in the JavaScript identifiers JSONata uses.
 */
public final class VariableNames {
    public static final int MAX_LENGTH = 80;
    /** Step Functions' own variable in JSONata states; no Assign may define it. */
    public static final String RESERVED = "states";

    private VariableNames() {
    }

    /** Null when the name is valid, else why not. */
    public static String problemWith(String name) {
        if (name.isEmpty()) {
            return "a variable name cannot be empty";
        }
        if (name.length() > MAX_LENGTH) {
            return "a variable name has at most " + MAX_LENGTH + " characters";
        }
        int first = name.codePointAt(0);
        if (!isStart(first)) {
            return "a variable name must start with a letter or '_'";
        }
        for (int i = Character.charCount(first); i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!isPart(c)) {
                return "a variable name may hold only letters, digits and '_' (found '"
                        + new String(Character.toChars(c)) + "')";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    static boolean isStart(int c) {
        return c == '_' || Character.isUnicodeIdentifierStart(c);
    }

    static boolean isPart(int c) {
        return c == '_' || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Length of the identifier starting at {@code from} (0 when there is none). */
    static int identifierLength(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (i == from ? !isStart(c) : !isPart(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i - from;
    }
}

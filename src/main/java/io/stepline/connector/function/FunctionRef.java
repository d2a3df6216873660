package io.stepline.connector.function;

/**
 * A Lambda function as a caller names it: plain name, name with qualifier, partial ARN
 * ({@code 123456789012:function:name}) or full ARN. Local binding is by name; the qualifier is kept
 * for the {@code ExecutedVersion} AWS reports.
 */
public record FunctionRef(String name, String qualifier) {
    private static final String ARN_PREFIX = "arn:aws:lambda:";

    /** Parses any of AWS's accepted forms; returns null when the text is not a function reference. */
    public static FunctionRef parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String rest = text;
        if (rest.startsWith(ARN_PREFIX)) {
            String[] parts = rest.split(":", -1);
            // arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER]
            if (parts.length < 7 || parts.length > 8 || !"function".equals(parts[5])) {
                return null;
            }
            return new FunctionRef(parts[6], parts.length == 8 ? parts[7] : null);
        }
        String[] parts = rest.split(":", -1);
        if (parts.length >= 3 && "function".equals(parts[1])) {
            return new FunctionRef(parts[2], parts.length > 3 ? parts[3] : null);
        }
        if (parts.length == 1) {
            return new FunctionRef(parts[0], null);
        }
        if (parts.length == 2) {
            return new FunctionRef(parts[0], parts[1]);
        }
        return null;
    }

    /** True for {@code arn:aws:lambda:...:function:...} resources (the legacy Task form). */
    public static boolean isLambdaArn(String resource) {
        return resource.startsWith(ARN_PREFIX) && resource.contains(":function:");
    }
}

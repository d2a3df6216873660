package io.stepline.definition.source;

/** The file is not well-formed JSON or YAML; says where, never how the parser failed inside. */
public final class AslSyntaxException extends Exception {
    private final String file;
    private final Position position;

    public AslSyntaxException(String file, Position position, String message) {
        super(message);
        this.file = file;
        this.position = position;
    }

    public String file() {
        return file;
    }

    public Position position() {
        return position;
    }

    /** {@code file:line:col: message}, the shape compilers use. */
    public String describe() {
        return file + ":" + position + ": " + getMessage();
    }
}

package io.stepline.definition.source;

/** A place in a source file: 1-based line and column. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

package io.stepline.connector.attribution;

/** A path summary cannot be read or used; the message names the file and line, or the path. */
public final class InvalidPathsException extends AttributionException {

    public InvalidPathsException(String where, String problem) {
        super(where + ": " + problem);
    }

    @Override
    public String errorName() {
        return "Attribution.InvalidPaths";
    }
}

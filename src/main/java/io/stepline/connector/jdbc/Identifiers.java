package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.util.regex.Pattern;

/**
 * Table and column names come from pipeline input, so they are checked against a strict pattern
 * before being quoted into SQL (values are always bound, never written into SQL).
 */
final class Identifiers {
    static final String INVALID = "Jdbc.InvalidIdentifier";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private Identifiers() {
    }

    /** A column (or schema, or table) name; {@code what} says where it came from, for the message. */
    static String check(String name, String what) throws TaskFailedException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new TaskFailedException(INVALID, what + " '" + name + "' is not a valid identifier: use letters,"
                    + " digits and underscores, starting with a letter or underscore, at most 63 characters");
        }
        return name;
    }
}

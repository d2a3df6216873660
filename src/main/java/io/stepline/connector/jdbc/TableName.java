package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;

/** A table, optionally schema-qualified ({@code analytics.orders}), each part a checked identifier. */
record TableName(String schema, String table) {

    static TableName parse(String text) throws TaskFailedException {
        if (text == null || text.isBlank()) {
            throw new TaskFailedException(Identifiers.INVALID, "Table is required: a table name, optionally"
                    + " schema-qualified (analytics.orders)");
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return new TableName(null, Identifiers.check(text, "table"));
        }
        return new TableName(Identifiers.check(text.substring(0, dot), "schema of table '" + text + "'"),
                Identifiers.check(text.substring(dot + 1), "table"));
    }

    String quoted(Dialect dialect) {
        return schema == null ? dialect.quote(table) : dialect.quote(schema) + "." + dialect.quote(table);
    }

    @Override
    public String toString() {
        return schema == null ? table : schema + "." + table;
    }
}

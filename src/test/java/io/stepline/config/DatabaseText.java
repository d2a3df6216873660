package io.stepline.config;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a database as text: what anyone with access to the store could read. */
final class DatabaseText {
    private DatabaseText() {
    }

    static String dump(String url, String user, String password) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    tables.add('"' + found.getString("TABLE_SCHEM") + "\".\"" + found.getString("TABLE_NAME") + '"');
                }
            }
            if (tables.isEmpty()) {
                throw new AssertionError("no tables in " + url + ": the dump would prove nothing");
            }
            for (String table : tables) {
                text.append("== ").append(table).append('\n');
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            Object value = rows.getObject(column);
                            text.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                                    : rows.getString(column)).append(" | ");
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}

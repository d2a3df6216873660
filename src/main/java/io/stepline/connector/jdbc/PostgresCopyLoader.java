package io.stepline.connector.jdbc;

import io.stepline.connector.TaskFailedException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's bulk path: {@code COPY ... FROM STDIN} in CSV, streamed in chunks. The rows are
 * data on the COPY stream, never SQL text. Nulls are unquoted empty fields; every string is
 * quoted, so an empty string stays an empty string.
 */
final class PostgresCopyLoader implements RowLoader {
    private static final int CHUNK = 1 << 16;

    @Override
    public long load(Connection connection, LoadTarget target, RowSource rows)
            throws SQLException, TaskFailedException {
        String sql = "COPY " + target.quoted() + " (" + String.join(", ", target.quotedColumns())
                + ") FROM STDIN WITH (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        int width = target.columns().size();
        long written = 0;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
        StringBuilder line = new StringBuilder(256);
        try {
            while (rows.next()) {
                line.setLength(0);
                for (int c = 0; c < width; c++) {
                    if (c > 0) {
                        line.append(',');
                    }
                    appendField(line, rows.value(c));
                }
                line.append('\n');
                buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                written++;
                if (buffer.size() >= CHUNK) {
                    copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                    buffer.reset();
                }
            }
            if (buffer.size() > 0) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            }
            copy.endCopy();
            return written;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void appendField(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof byte[] bytes) {
            line.append("\\x").append(HexFormat.of().formatHex(bytes));
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
            return;
        }
        String text = value.toString();
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        line.append('"');
    }
}

package io.stepline.store.jdbc;

import java.util.Map;

/**
 * What differs between the two databases: the migration folder with vendor-only scripts (the
 * Quartz tables), two column types (Flyway placeholders in the common scripts) and the upsert
 * statement. Everything else is one SQL text for both.
 */
enum Dialect {
    H2("h2", "CLOB",
            """
            MERGE INTO paths (execution_id, path_id, parent_path_id, status, checkpoint, wake_at)
            KEY (execution_id, path_id) VALUES (?, ?, ?, ?, ?, ?)""",
            // Only a WAITING token changes (see upsertToken).
            """
            MERGE INTO task_tokens t
            USING (SELECT CAST(? AS VARCHAR(1024)) token, CAST(? AS BIGINT) execution_id,
                CAST(? AS VARCHAR(1024)) path_id, CAST(? AS VARCHAR(16)) status,
                CAST(? AS CHARACTER VARYING) output_json, CAST(? AS VARCHAR(1024)) error,
                CAST(? AS CHARACTER VARYING) cause, CAST(? AS BIGINT) heartbeat_deadline) s
            ON t.token = s.token
            WHEN MATCHED AND t.status = 'WAITING' THEN UPDATE SET
                execution_id = s.execution_id, path_id = s.path_id, status = s.status,
                output_json = s.output_json, error = s.error, cause = s.cause,
                heartbeat_deadline = s.heartbeat_deadline
            WHEN NOT MATCHED THEN INSERT (token, execution_id, path_id, status, output_json, error, cause,
                heartbeat_deadline) VALUES (s.token, s.execution_id, s.path_id, s.status, s.output_json,
                s.error, s.cause, s.heartbeat_deadline)"""),

    // ON CONFLICT rather than MERGE: atomic against concurrent inserts, and PostgreSQL < 15 has it.
    POSTGRESQL("postgresql", "TEXT",
            """
            INSERT INTO paths (execution_id, path_id, parent_path_id, status, checkpoint, wake_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (execution_id, path_id) DO UPDATE SET parent_path_id = EXCLUDED.parent_path_id,
                status = EXCLUDED.status, checkpoint = EXCLUDED.checkpoint, wake_at = EXCLUDED.wake_at""",
            """
            INSERT INTO task_tokens (token, execution_id, path_id, status, output_json, error, cause,
                heartbeat_deadline)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (token) DO UPDATE SET execution_id = EXCLUDED.execution_id, path_id = EXCLUDED.path_id,
                status = EXCLUDED.status, output_json = EXCLUDED.output_json, error = EXCLUDED.error,
                cause = EXCLUDED.cause, heartbeat_deadline = EXCLUDED.heartbeat_deadline
            WHERE task_tokens.status = 'WAITING'""");

    private final String folder;
    private final String largeTextType;
    /** Parameters: execution id, path id, parent path id, status, checkpoint, wake at. */
    final String upsertPath;
    /**
     * Parameters: token, execution id, path id, status, output, error, cause, heartbeat deadline.
     * Only a WAITING token changes: an answer (SendTaskSuccess from another thread or process)
     * can arrive before the path that sent the token has parked, or before a restarted engine
     * records the token again, and neither that write nor a late CLOSED may undo it; and of two
     * answers racing, the first stays.
     */
    final String upsertToken;

    Dialect(String folder, String largeTextType, String upsertPath, String upsertToken) {
        this.folder = folder;
        this.largeTextType = largeTextType;
        this.upsertPath = upsertPath;
        this.upsertToken = upsertToken;
    }

    static Dialect forUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("store url " + Redaction.url(url)
                + ": unsupported database; use jdbc:h2:... (embedded) or jdbc:postgresql:...");
    }

    /** Flyway locations: the scripts both databases share, then this database's own. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder};
    }

    /** Flyway placeholders of the common scripts. */
    Map<String, String> placeholders() {
        return Map.of("json_text", "TEXT", "large_text", largeTextType);
    }
}

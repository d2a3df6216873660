package io.stepline.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The schedule tables of migration V7 ({@code schedule_state}, {@code backfills}) over the
 * store's pool. Plain SQL both H2 and PostgreSQL run; an insert that loses a race with another
 * engine is read as "already there".
 */
final class ScheduleTables {
    private final DataSource pool;

    ScheduleTables(DataSource pool) {
        this.pool = pool;
    }

    DataSource pool() {
        return pool;
    }

    /** A schedule's live state. */
    record State(Instant lastFire, boolean paused, String lastOutcome) {
    }

    /** A backfill's row: {@code createdAt} is when its first generation started. */
    record BackfillRow(String id, String pipeline, String status, Instant createdAt) {
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T with(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("schedule tables: " + e.getMessage(), e);
        }
    }

    /**
     * Registers a schedule (paused as its settings say) or, when its settings changed their
     * paused value since last seen, applies that value.
     */
    void register(String pipeline, String schedule, boolean settingsPaused) {
        with(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE schedule_state SET paused = ?, "
                    + "settings_paused = ? WHERE pipeline = ? AND schedule_name = ? AND settings_paused <> ?")) {
                bind(update, settingsPaused, settingsPaused, pipeline, schedule, settingsPaused);
                update.executeUpdate();
            }
            if (state(c, pipeline, schedule).isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO schedule_state (pipeline, "
                        + "schedule_name, paused, settings_paused) VALUES (?, ?, ?, ?)")) {
                    bind(insert, pipeline, schedule, settingsPaused, settingsPaused);
                    insert.executeUpdate();
                } catch (SQLException raced) {
                    if (state(c, pipeline, schedule).isEmpty()) {
                        throw raced;
                    }
                }
            }
            return null;
        });
    }

    Optional<State> state(String pipeline, String schedule) {
        return with(c -> state(c, pipeline, schedule));
    }

    private static Optional<State> state(Connection c, String pipeline, String schedule) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT last_fire_time, paused, last_outcome "
                + "FROM schedule_state WHERE pipeline = ? AND schedule_name = ?")) {
            bind(select, pipeline, schedule);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long last = rows.getLong(1);
                Instant lastFire = rows.wasNull() ? null : Instant.ofEpochMilli(last);
                return Optional.of(new State(lastFire, rows.getBoolean(2), rows.getString(3)));
            }
        }
    }

    /** Moves the last fire forward to {@code fire} (never back) and notes what it did. */
    void recordFire(String pipeline, String schedule, Instant fire, String outcome) {
        with(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE schedule_state SET last_fire_time = ? "
                    + "WHERE pipeline = ? AND schedule_name = ? AND (last_fire_time IS NULL OR last_fire_time < ?)")) {
                bind(update, fire.toEpochMilli(), pipeline, schedule, fire.toEpochMilli());
                update.executeUpdate();
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE schedule_state SET last_outcome = ? "
                    + "WHERE pipeline = ? AND schedule_name = ?")) {
                bind(update, outcome.length() > 1000 ? outcome.substring(0, 1000) : outcome, pipeline, schedule);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Sets the live paused flag; false when the schedule was never registered. */
    boolean setPaused(String pipeline, String schedule, boolean paused) {
        return with(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE schedule_state SET paused = ? WHERE pipeline = ? AND schedule_name = ?")) {
                bind(update, paused, pipeline, schedule);
                return update.executeUpdate() > 0;
            }
        });
    }

    /** The backfills whose id starts with {@code prefix}, oldest first. */
    List<BackfillRow> backfills(String prefix) {
        return with(c -> {
            try (PreparedStatement select = c.prepareStatement(BACKFILL_COLUMNS
                    + "WHERE backfill_id LIKE ? ORDER BY created_at, backfill_id")) {
                bind(select, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
                return backfillRows(select);
            }
        });
    }

    /** The row of backfill {@code id}, when one was started. */
    Optional<BackfillRow> backfill(String id) {
        return with(c -> {
            try (PreparedStatement select = c.prepareStatement(BACKFILL_COLUMNS + "WHERE backfill_id = ?")) {
                bind(select, id);
                return backfillRows(select).stream().findFirst();
            }
        });
    }

    private static final String BACKFILL_COLUMNS = "SELECT backfill_id, pipeline, status, created_at FROM backfills ";

    private static List<BackfillRow> backfillRows(PreparedStatement select) throws SQLException {
        List<BackfillRow> rows = new ArrayList<>();
        try (ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new BackfillRow(result.getString(1), result.getString(2), result.getString(3),
                        Instant.ofEpochMilli(result.getLong(4))));
            }
        }
        return rows;
    }

    void saveBackfill(String id, String pipeline, String status) {
        long now = System.currentTimeMillis();
        with(c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE backfills SET status = ?, updated_at = ? WHERE backfill_id = ?")) {
                bind(update, status, now, id);
                if (update.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO backfills (backfill_id, pipeline, "
                    + "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                bind(insert, id, pipeline, status, now, now);
                insert.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}

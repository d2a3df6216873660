package io.stepline.store.jdbc;

import io.stepline.store.MachineVersion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Versions of state machine definitions: 1, 2, ... per machine, a new one only for new content
 * or a definition read from another file.
 */
final class MachineVersions {
    private static final String COLUMNS = "SELECT machine_name, version, definition, content_hash, source_file,"
            + " created_at FROM machine_versions";
    private static final String BY_VERSION = COLUMNS + " WHERE machine_name = ? AND version = ?";
    private static final String LATEST = COLUMNS + " WHERE machine_name = ? ORDER BY version DESC LIMIT 1";
    private static final String LATEST_OF_EACH = COLUMNS + " v WHERE version = (SELECT MAX(version)"
            + " FROM machine_versions m WHERE m.machine_name = v.machine_name) ORDER BY machine_name";
    private static final String INSERT = "INSERT INTO machine_versions"
            + " (machine_name, version, definition, content_hash, source_file, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    /**
     * Each attempt loses only to a registration that committed meanwhile, so this bounds how
     * many registrations of one machine may race; far more than happen in practice.
     */
    private static final int MAX_ATTEMPTS = 100;

    private final StoreDatabase database;

    MachineVersions(StoreDatabase database) {
        this.database = database;
    }

    /**
     * Reads the latest version and inserts the next one; two registrations racing for the same
     * number meet on the primary key, and the loser reads again (and may then find its content
     * already registered).
     */
    MachineVersion register(String machineName, String definition, String contentHash, String sourceFile) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return database.transaction("register a version of machine", machineName, connection -> {
                    Optional<MachineVersion> latest = latest(connection, machineName);
                    if (latest.isPresent() && latest.get().contentHash().equals(contentHash)
                            && Objects.equals(latest.get().sourceFile(), sourceFile)) {
                        return latest.get();
                    }
                    int next = latest.map(MachineVersion::version).orElse(0) + 1;
                    MachineVersion version = new MachineVersion(machineName, next, definition, contentHash,
                            sourceFile, Columns.now());
                    insert(connection, version);
                    return version;
                });
            } catch (KeyTaken concurrentRegistration) {
                // read the latest again
            }
        }
        throw new IllegalStateException("machine " + machineName + ": " + MAX_ATTEMPTS
                + " concurrent registrations in a row took the next version number; giving up");
    }

    Optional<MachineVersion> version(String machineName, int version) {
        return database.read("read a version of machine", machineName, connection -> {
            try (PreparedStatement select = connection.prepareStatement(BY_VERSION)) {
                select.setString(1, machineName);
                select.setInt(2, version);
                return first(select);
            }
        });
    }

    Optional<MachineVersion> latest(String machineName) {
        return database.read("read the latest version of machine", machineName,
                connection -> latest(connection, machineName));
    }

    List<MachineVersion> machines() {
        return database.read("list", "machines", connection -> {
            try (PreparedStatement select = connection.prepareStatement(LATEST_OF_EACH);
                    ResultSet rows = select.executeQuery()) {
                List<MachineVersion> machines = new ArrayList<>();
                while (rows.next()) {
                    machines.add(map(rows));
                }
                return machines;
            }
        });
    }

    private static Optional<MachineVersion> latest(Connection connection, String machineName) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LATEST)) {
            select.setString(1, machineName);
            return first(select);
        }
    }

    /** Throws {@link KeyTaken} when a concurrent registration took the version number. */
    private static void insert(Connection connection, MachineVersion version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, version.machineName());
            insert.setInt(2, version.version());
            insert.setString(3, version.definition());
            insert.setString(4, version.contentHash());
            insert.setString(5, version.sourceFile());
            Columns.setInstant(insert, 6, version.createdAt());
            insert.executeUpdate();
        } catch (SQLException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new KeyTaken();
            }
            throw e;
        }
    }

    private static Optional<MachineVersion> first(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(map(rows)) : Optional.empty();
        }
    }

    private static MachineVersion map(ResultSet row) throws SQLException {
        return new MachineVersion(row.getString("machine_name"), row.getInt("version"), row.getString("definition"),
                row.getString("content_hash"), row.getString("source_file"), Columns.instant(row, "created_at"));
    }
}

package io.stepline.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Leases on RUNNING executions: one process runs an execution at a time. */
final class Leases {
    private static final String CLAIM = "UPDATE executions SET owner = ?, lease_until = ? WHERE execution_arn = ?"
            + " AND status = 'RUNNING' AND (owner IS NULL OR owner = ? OR lease_until < ?)";
    private static final String RENEW = "UPDATE executions SET lease_until = ? WHERE owner = ? AND status = 'RUNNING'";
    private static final String CLAIMABLE = "SELECT execution_arn FROM executions WHERE status = 'RUNNING'"
            + " AND (owner IS NULL OR owner = ? OR lease_until < ?) ORDER BY start_time LIMIT ?";

    private final StoreDatabase database;

    Leases(StoreDatabase database) {
        this.database = database;
    }

    boolean claim(String executionArn, String owner, long leaseUntil, long now) {
        return database.transaction("claim", executionArn, connection -> {
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setString(1, owner);
                update.setLong(2, leaseUntil);
                update.setString(3, executionArn);
                update.setString(4, owner);
                update.setLong(5, now);
                return update.executeUpdate() == 1;
            }
        });
    }

    void renew(String owner, long leaseUntil) {
        database.transaction("renew leases", owner, connection -> {
            try (PreparedStatement update = connection.prepareStatement(RENEW)) {
                update.setLong(1, leaseUntil);
                update.setString(2, owner);
                return update.executeUpdate();
            }
        });
    }

    List<String> claimable(String owner, long now, int limit) {
        return database.read("list", "claimable executions", connection -> {
            try (PreparedStatement select = connection.prepareStatement(CLAIMABLE)) {
                select.setString(1, owner);
                select.setLong(2, now);
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<String> arns = new ArrayList<>();
                    while (rows.next()) {
                        arns.add(rows.getString(1));
                    }
                    return arns;
                }
            }
        });
    }
}

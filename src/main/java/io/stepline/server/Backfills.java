package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backfills and schedules as the server offers them ({@code POST /api/backfills},
 * {@code GET /api/backfills/{id}}, each pipeline's next fire times).
 *
 * <p>{@link ServerSchedules} implements it over io.stepline.schedule; {@link #NOT_WIRED} answers
 * 503 where the execution store keeps no schedules.
 */
public interface Backfills {
    /** Starts a backfill; returns {@code {"backfillId"}}. */
    JsonNode start(JsonNode request) throws BackfillException;

    /** {@code {"done","running","failed","remaining","status"}} of a backfill. */
    JsonNode status(String backfillId) throws BackfillException;

    /** A problem with a backfill request, with the HTTP status to answer. */
    final class BackfillException extends Exception {
        private final int status;

        public BackfillException(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    Backfills NOT_WIRED = new Backfills() {
        @Override
        public JsonNode start(JsonNode request) throws BackfillException {
            throw new BackfillException(503, "backfills are not available: this server's execution store keeps no "
                    + "schedules (use the JDBC store: H2 or PostgreSQL)");
        }

        @Override
        public JsonNode status(String backfillId) throws BackfillException {
            throw new BackfillException(503, "backfills are not available: this server's execution store keeps no "
                    + "schedules (use the JDBC store: H2 or PostgreSQL)");
        }
    };
}

package io.stepline.server;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backfills and schedules as the server offers them ({@code POST /api/backfills},
 * {@code GET /api/backfills/{id}}, each pipeline's next fire times).
 *
 * <p>WIRING POINT for io.stepline.schedule: until the schedule package is wired in here (an
 * implementation of this interface passed to {@link StepFunctionsServer#start}), backfill
 * requests get 503 with a clear message and next fire times come from the cron alone.
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
            throw new BackfillException(503, "backfills are not available in this build of the server yet "
                    + "(the schedule package is not wired in)");
        }

        @Override
        public JsonNode status(String backfillId) throws BackfillException {
            throw new BackfillException(503, "backfills are not available in this build of the server yet "
                    + "(the schedule package is not wired in)");
        }
    };
}

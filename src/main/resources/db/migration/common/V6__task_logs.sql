-- Log lines the tasks of an execution wrote, filed by state and attempt (the server shows them
-- beside each state). Numbered per execution in the order written; the store keeps at most a
-- fixed number per execution (io.stepline.store.TaskLogs.CAP_PER_EXECUTION). Messages are masked
-- of secrets before they get here. Removed with their execution.
CREATE TABLE task_logs (
    execution_id BIGINT        NOT NULL,
    line_no      INTEGER       NOT NULL,
    state_name   VARCHAR(256),
    attempt      INTEGER       NOT NULL,
    logged_at    BIGINT        NOT NULL,
    log_level    VARCHAR(8)    NOT NULL,
    message      ${json_text}  NOT NULL,
    CONSTRAINT pk_task_logs PRIMARY KEY (execution_id, line_no),
    CONSTRAINT fk_task_logs_execution FOREIGN KEY (execution_id)
        REFERENCES executions (execution_id) ON DELETE CASCADE
);
-- One state's lines (the UI's ?state=NAME).
CREATE INDEX ix_task_logs_state ON task_logs (execution_id, state_name, line_no);

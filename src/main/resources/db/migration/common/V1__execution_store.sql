-- The execution store: one set of SQL for H2 and PostgreSQL. Two placeholders carry the only
-- differences (see io.stepline.store.jdbc.Dialect):
--   ${json_text}   JSON values kept inline: TEXT on both (H2: CHARACTER VARYING, no LOB
--                  indirection on the hot path; PostgreSQL: TEXT, no JSONB parse on every
--                  write and the value's own key order kept, as AWS returns it).
--   ${large_text}  out-of-line payloads of any size: CLOB on H2 (its LOB store streams large
--                  values and keeps them out of the B-tree pages), TEXT on PostgreSQL (TOAST).
-- Times of records are TIMESTAMP WITH TIME ZONE (readable in SQL); history event times,
-- timer wake-ups and heartbeats are epoch milliseconds (BIGINT), as the SPI carries them.
-- Events, paths and tokens reference their execution: a runtime bug that writes to an unknown
-- execution fails its transition instead of leaving orphans.

CREATE TABLE machine_versions (
    machine_name    VARCHAR(256)  NOT NULL,
    version         INTEGER       NOT NULL,
    definition      ${json_text}  NOT NULL,
    content_hash    VARCHAR(128)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_machine_versions PRIMARY KEY (machine_name, version)
);

CREATE TABLE executions (
    execution_arn   VARCHAR(2048) NOT NULL,
    machine_name    VARCHAR(256)  NOT NULL,
    machine_version INTEGER       NOT NULL,
    execution_name  VARCHAR(256)  NOT NULL,
    execution_type  VARCHAR(16)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    input_json      ${json_text},
    -- SHA-256 of the input's canonical form (keys sorted, numbers normalised): an idempotent
    -- start compares inputs as JSON values without reading them back.
    input_hash      CHAR(64)      NOT NULL,
    output_json     ${json_text},
    error           VARCHAR(1024),
    cause           ${json_text},
    start_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    stop_time       TIMESTAMP WITH TIME ZONE,
    redrive_count   INTEGER       DEFAULT 0 NOT NULL,
    redrive_time    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_executions PRIMARY KEY (execution_arn),
    -- Names are unique per machine: concurrent starts of one name race on this constraint.
    -- Name first: the index also finds an execution by name, and H2 then lists a machine's
    -- executions through ix_executions_machine_start (already in order) instead of this one.
    CONSTRAINT uq_executions_name UNIQUE (execution_name, machine_name)
);

-- ListExecutions: by machine, by machine and status, by status (also what a restarted engine
-- resumes), or all; newest first. Only starts and ends write these columns, never a transition.
CREATE INDEX ix_executions_machine_start ON executions (machine_name, start_time DESC);
CREATE INDEX ix_executions_machine_status_start ON executions (machine_name, status, start_time DESC);
CREATE INDEX ix_executions_status_start ON executions (status, start_time DESC);
CREATE INDEX ix_executions_start ON executions (start_time DESC);

CREATE TABLE events (
    execution_arn     VARCHAR(2048) NOT NULL,
    event_id          BIGINT        NOT NULL,
    previous_event_id BIGINT        NOT NULL,
    event_time        BIGINT        NOT NULL,
    event_type        VARCHAR(64)   NOT NULL,
    path_id           VARCHAR(1024),
    details           ${json_text},
    CONSTRAINT pk_events PRIMARY KEY (execution_arn, event_id),
    CONSTRAINT fk_events_execution FOREIGN KEY (execution_arn)
        REFERENCES executions (execution_arn) ON DELETE CASCADE
);

CREATE TABLE paths (
    execution_arn   VARCHAR(2048) NOT NULL,
    path_id         VARCHAR(1024) NOT NULL,
    parent_path_id  VARCHAR(1024),
    status          VARCHAR(16)   NOT NULL,
    checkpoint      ${json_text},
    wake_at         BIGINT,
    CONSTRAINT pk_paths PRIMARY KEY (execution_arn, path_id),
    CONSTRAINT fk_paths_execution FOREIGN KEY (execution_arn)
        REFERENCES executions (execution_arn) ON DELETE CASCADE
);

CREATE TABLE task_tokens (
    token              VARCHAR(1024) NOT NULL,
    execution_arn      VARCHAR(2048) NOT NULL,
    path_id            VARCHAR(1024) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    output_json        ${json_text},
    error              VARCHAR(1024),
    cause              ${json_text},
    heartbeat_deadline BIGINT,
    CONSTRAINT pk_task_tokens PRIMARY KEY (token),
    CONSTRAINT fk_task_tokens_execution FOREIGN KEY (execution_arn)
        REFERENCES executions (execution_arn) ON DELETE CASCADE
);
-- The foreign key's own index: deleting an execution finds its tokens without a scan.
CREATE INDEX ix_task_tokens_execution ON task_tokens (execution_arn);

-- Values above the store's threshold, by content: reference = 'sha256:' + hex of the UTF-8 text.
CREATE TABLE payloads (
    reference   VARCHAR(80)   NOT NULL,
    bytes       BIGINT        NOT NULL,
    content     ${large_text} NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_payloads PRIMARY KEY (reference)
);

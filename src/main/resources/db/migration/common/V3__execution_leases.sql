-- Who runs each RUNNING execution: a process holds a lease it keeps renewing; when it dies,
-- the lease runs out and another engine (or the same one restarted) takes the execution over.
ALTER TABLE executions ADD COLUMN owner VARCHAR(256);
ALTER TABLE executions ADD COLUMN lease_until BIGINT;
CREATE INDEX ix_executions_status_lease ON executions (status, lease_until);

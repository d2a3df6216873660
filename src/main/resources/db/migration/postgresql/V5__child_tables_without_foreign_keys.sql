-- PostgreSQL: events and paths no longer reference executions by a foreign key. Every
-- transition inserts into both, and each insert's foreign-key check locks the parent executions
-- row (FOR KEY SHARE): a tuple lock written into the executions row and WAL-logged on every
-- transition, and with transitions of one execution committed concurrently (Parallel, Map), a
-- multixact. The store still never writes a child row of an unknown execution: it writes by the
-- execution's id, which it only has from the executions row itself (ExecutionIds), and the store
-- never deletes executions. Task tokens keep theirs: written once per callback, not per transition.
-- H2 keeps its foreign keys: its check is an index read, no lock and no write.
ALTER TABLE events DROP CONSTRAINT fk_events_execution;
ALTER TABLE paths DROP CONSTRAINT fk_paths_execution;

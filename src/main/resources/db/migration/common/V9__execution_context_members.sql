-- Members an execution's starter adds to its context object beside AWS's own: a scheduled or
-- backfill run's {"Schedule": {...}} (name, logical date, data interval, backfill). Kept with the
-- execution so that a run resumed by another process, or redriven, reads the same values.
-- NULL for ordinary executions, whose context object is exactly AWS's.
ALTER TABLE executions ADD COLUMN context_members ${json_text};

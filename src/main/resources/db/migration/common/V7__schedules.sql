-- Schedules and backfills (io.stepline.schedule, docs/schedules.md). Quartz keeps its triggers in
-- its own qrtz_* tables (V2); these hold what Quartz cannot express:
-- schedule_state: per pipeline schedule, the scheduled time of the last fire handled (catch-up
-- computes the fires missed since), the live paused flag (pause/resume from any process), the
-- paused value the settings file last asked for (a changed file wins over an older pause or
-- resume), and a line on what the last fire did.
CREATE TABLE schedule_state (
  pipeline VARCHAR(256) NOT NULL,
  schedule_name VARCHAR(64) NOT NULL,
  last_fire_time BIGINT,
  paused BOOLEAN NOT NULL,
  settings_paused BOOLEAN NOT NULL,
  last_outcome VARCHAR(1000),
  PRIMARY KEY (pipeline, schedule_name)
);

-- backfills: one row per backfill (its id says pipeline, schedule, range, policy and generation),
-- so the same command run again resumes an unfinished one and starts a new generation after a
-- finished one.
CREATE TABLE backfills (
  backfill_id VARCHAR(512) NOT NULL PRIMARY KEY,
  pipeline VARCHAR(256) NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- Where a definition was read from: tasks resolve files beside it (SQL, models) against its
-- directory, also when another process resumes the execution. NULL for definitions given as text.
ALTER TABLE machine_versions ADD COLUMN source_file VARCHAR(4096);

-- V52: a second BEGIN inside the first: its COMMIT ends the outer block
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS reason_code text;
BEGIN;
COMMENT ON COLUMN returns.reason_code IS 'from the carrier';
COMMIT;
COMMIT;

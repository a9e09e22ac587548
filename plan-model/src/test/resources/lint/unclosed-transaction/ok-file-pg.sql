-- V51: give returns a reason code
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS reason_code text;
COMMENT ON COLUMN returns.reason_code IS 'from the carrier';
COMMIT;

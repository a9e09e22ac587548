-- V52: one block, with a savepoint for the part that may be undone alone
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS reason_code text;
SAVEPOINT comment_only;
COMMENT ON COLUMN returns.reason_code IS 'from the carrier';
RELEASE SAVEPOINT comment_only;
COMMIT;

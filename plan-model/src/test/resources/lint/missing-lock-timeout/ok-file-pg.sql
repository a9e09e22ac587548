-- V54: every statement waits at most 5 seconds for its lock
SET lock_timeout TO '5s';
ALTER TABLE returns VALIDATE CONSTRAINT returns_reason_ck;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS reason_code text;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS carrier_code text;

-- V56: the same, safe to run again: guarded, or inside one block that a failure rolls back whole
SET lock_timeout = '5s';
DROP TYPE IF EXISTS return_reason_v1;
ALTER TABLE returns DROP CONSTRAINT IF EXISTS returns_reason_ck;
ALTER TABLE returns ADD CONSTRAINT returns_reason_ck CHECK (reason <> '') NOT VALID;
BEGIN;
DROP TYPE return_reason_v0;
ALTER TABLE returns ADD CONSTRAINT returns_carrier_ck CHECK (carrier <> '') NOT VALID;
COMMIT;

-- V56: replace the reason type and check; a second run fails at each statement
SET lock_timeout = '5s';
DROP TYPE return_reason_v1;
ALTER TABLE returns DROP CONSTRAINT returns_reason_ck;
ALTER TABLE returns ADD CONSTRAINT returns_reason_ck CHECK (reason <> '') NOT VALID;

-- V53: make returns.reason required without a scan under ACCESS EXCLUSIVE
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE returns DROP CONSTRAINT IF EXISTS returns_reason_nn;
ALTER TABLE returns ADD CONSTRAINT returns_reason_nn CHECK (reason IS NOT NULL) NOT VALID;
ALTER TABLE returns VALIDATE CONSTRAINT returns_reason_nn;
ALTER TABLE returns ALTER COLUMN reason SET NOT NULL;

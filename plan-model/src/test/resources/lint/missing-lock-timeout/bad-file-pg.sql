-- V54: lock_timeout set under another name, then disabled
ALTER TABLE returns VALIDATE CONSTRAINT returns_reason_ck;
SET app.lock_timeout = '5s';
ALTER TABLE returns ADD COLUMN IF NOT EXISTS reason_code text;
SET lock_timeout = 0;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS carrier_code text;

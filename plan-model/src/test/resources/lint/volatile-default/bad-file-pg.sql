-- V55: defaults computed per row
SET lock_timeout = '5s';
ALTER TABLE returns ADD COLUMN IF NOT EXISTS region text DEFAULT tenant_region();
ALTER TABLE returns ADD COLUMN IF NOT EXISTS token uuid DEFAULT gen_random_uuid() NOT NULL;

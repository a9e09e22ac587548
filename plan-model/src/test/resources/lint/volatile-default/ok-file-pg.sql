-- V55: defaults stored once in the catalog
SET lock_timeout = '5s';
CREATE OR REPLACE FUNCTION tenant_region() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.region') $$;
ALTER TABLE returns ADD COLUMN IF NOT EXISTS region text DEFAULT tenant_region();
ALTER TABLE returns ADD COLUMN IF NOT EXISTS received_at timestamptz DEFAULT statement_timestamp();
ALTER TABLE returns ADD COLUMN IF NOT EXISTS labels text[] DEFAULT ARRAY['new', lower('OPEN')];
ALTER TABLE returns ADD COLUMN IF NOT EXISTS fee numeric(10, 2) DEFAULT CAST(0 AS numeric(10, 2));

-- V75: the same, as jsonb; a new table may hold json (no query of it exists yet)
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS provider_response jsonb;
CREATE TABLE IF NOT EXISTS provider_log (id bigint PRIMARY KEY, body json);

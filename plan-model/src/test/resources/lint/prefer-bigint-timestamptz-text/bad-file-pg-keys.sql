-- V31: regions keyed by a short code, and each order's shard
SET lock_timeout = '5s';
SET statement_timeout = '2min';
CREATE TABLE IF NOT EXISTS regions (code smallint PRIMARY KEY, name text NOT NULL);
ALTER TABLE orders ADD COLUMN IF NOT EXISTS shard integer;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS region smallint;

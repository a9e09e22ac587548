-- V95: the loyalty tier; its rows are filled after the schema change commits, and a new table is filled at once
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE customers ADD COLUMN IF NOT EXISTS tier text;
BEGIN;
UPDATE customers SET tier = 'silver' WHERE created_at >= '2026-01-01';
COMMIT;
BEGIN;
CREATE TABLE IF NOT EXISTS customer_tiers (name text PRIMARY KEY);
ALTER TABLE customer_tiers ADD COLUMN IF NOT EXISTS rank int;
INSERT INTO customer_tiers (name, rank) VALUES ('silver', 1), ('gold', 2);
COMMIT;
BEGIN;
ALTER TABLE customer_levels ADD COLUMN IF NOT EXISTS discount numeric(4,2);
INSERT INTO customer_levels (name, discount) VALUES ('platinum', 0.15);
COMMIT;

-- V95: the loyalty tier, filled in for this year's customers in the same transaction
SET lock_timeout = '5s';
SET statement_timeout = '2min';
BEGIN;
ALTER TABLE customers ADD COLUMN IF NOT EXISTS tier text;
UPDATE customers SET tier = 'silver' WHERE created_at >= '2026-01-01';
COMMIT;

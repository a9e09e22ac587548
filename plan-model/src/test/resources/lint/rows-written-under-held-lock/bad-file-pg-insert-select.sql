-- V98: the archive table gets a source column and this year's orders, in one transaction
SET lock_timeout = '5s';
SET statement_timeout = '10min';
BEGIN;
ALTER TABLE orders_archive ADD COLUMN IF NOT EXISTS source text;
INSERT INTO orders_archive (id, total, source) SELECT id, total, 'web' FROM orders WHERE created_at < '2026-01-01';
COMMIT;

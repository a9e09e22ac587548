-- V59: the column, its unique index built concurrently, then the constraint attached to it
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS external_ref text;
DROP INDEX CONCURRENTLY IF EXISTS orders_external_ref_idx;
CREATE UNIQUE INDEX CONCURRENTLY orders_external_ref_idx ON orders (external_ref);
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_external_ref_key;
ALTER TABLE orders ADD CONSTRAINT orders_external_ref_key UNIQUE USING INDEX orders_external_ref_idx;

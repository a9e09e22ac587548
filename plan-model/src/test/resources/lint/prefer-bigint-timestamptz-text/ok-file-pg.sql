-- V61: the same with types that do not run out or need widening
SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS warehouses (id bigint PRIMARY KEY, code text NOT NULL CHECK (length(code) = 4), name text NOT NULL);
ALTER TABLE orders ADD COLUMN IF NOT EXISTS warehouse_id bigint;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS carrier text;

-- V60: retyping columns of an existing table
SET lock_timeout = '5s';
SET statement_timeout = '10min';
-- added a moment ago, but widening it still rewrites all of orders
ALTER TABLE orders ADD COLUMN IF NOT EXISTS quantity integer;
ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;
-- less precision must round every value
ALTER TABLE orders ADD COLUMN IF NOT EXISTS packed_at timestamptz(6);
ALTER TABLE orders ALTER COLUMN packed_at TYPE timestamptz(3);
-- in UTC only, and nothing here says the session is in UTC
ALTER TABLE orders ADD COLUMN IF NOT EXISTS promised_at timestamp;
ALTER TABLE orders ALTER COLUMN promised_at TYPE timestamptz;

-- V60: type changes postgresql makes without touching the rows
SET lock_timeout = '5s';
SET timezone = 'UTC';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS contact_email text;
ALTER TABLE orders ALTER COLUMN contact_email TYPE citext;
ALTER TABLE orders ALTER COLUMN contact_email TYPE text;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS packed_at timestamptz(3);
ALTER TABLE orders ALTER COLUMN packed_at TYPE timestamptz(6);
ALTER TABLE orders ALTER COLUMN packed_at TYPE timestamptz;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS handling interval(0);
ALTER TABLE orders ALTER COLUMN handling TYPE interval;
-- phaseshift:allow prefer-bigint-timestamptz-text the limit is widened, then dropped for text below
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note varchar(200);
-- phaseshift:allow prefer-bigint-timestamptz-text the limit is dropped for text on the next line
ALTER TABLE orders ALTER COLUMN note TYPE varchar(400);
ALTER TABLE orders ALTER COLUMN note TYPE text;
-- phaseshift:allow prefer-bigint-timestamptz-text the column is converted to timestamptz two lines below
ALTER TABLE orders ADD COLUMN IF NOT EXISTS promised_at timestamp;
ALTER TABLE orders ALTER COLUMN promised_at TYPE timestamptz;
-- a table created here is empty: any change is cheap
CREATE TABLE IF NOT EXISTS order_counts (order_id bigint PRIMARY KEY, n integer);
ALTER TABLE order_counts ALTER COLUMN n TYPE bigint;

-- V60 on postgresql 11: even in UTC, timestamp to timestamptz rewrites the table (12+ does not)
SET lock_timeout = '5s';
SET statement_timeout = '10min';
SET timezone = 'UTC';
-- phaseshift:allow prefer-bigint-timestamptz-text the column is converted to timestamptz on the next line
ALTER TABLE orders ADD COLUMN IF NOT EXISTS promised_at timestamp;
ALTER TABLE orders ALTER COLUMN promised_at TYPE timestamptz;

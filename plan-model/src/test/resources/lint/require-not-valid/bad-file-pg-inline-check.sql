-- V97: a discount column that can never be negative
SET lock_timeout = '5s';
SET statement_timeout = '5min';
ALTER TABLE order_lines ADD COLUMN IF NOT EXISTS discount numeric(10,2) DEFAULT 0 CHECK (discount >= 0);

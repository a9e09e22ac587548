-- V58: a column that references customers, declared inline
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS billing_customer_id bigint REFERENCES customers (id);

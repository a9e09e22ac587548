-- V58: the column first, the foreign key NOT VALID, the validation in its own transaction
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS billing_customer_id bigint;
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_billing_customer_fk;
ALTER TABLE orders ADD CONSTRAINT orders_billing_customer_fk FOREIGN KEY (billing_customer_id) REFERENCES customers (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_billing_customer_fk;

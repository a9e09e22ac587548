-- V97: a discount column that can never be negative; the check is validated without blocking writes
SET lock_timeout = '5s';
SET statement_timeout = '5min';
ALTER TABLE order_lines ADD COLUMN IF NOT EXISTS discount numeric(10,2) DEFAULT 0;
ALTER TABLE order_lines DROP CONSTRAINT IF EXISTS order_lines_discount_ck;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_discount_ck CHECK (discount >= 0) NOT VALID;
ALTER TABLE order_lines VALIDATE CONSTRAINT order_lines_discount_ck;
CREATE TABLE IF NOT EXISTS order_line_notes (id bigint PRIMARY KEY, stars int CHECK (stars BETWEEN 1 AND 5));
ALTER TABLE order_line_notes ADD COLUMN IF NOT EXISTS weight int CHECK (weight > 0);

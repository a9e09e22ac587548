-- V98: the check is added NOT VALID and validated by the same ALTER TABLE, so the ADD's lock covers the scan
SET lock_timeout = '5s';
SET statement_timeout = '5min';
ALTER TABLE order_lines DROP CONSTRAINT IF EXISTS order_lines_qty_ck;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_qty_ck CHECK (qty > 0) NOT VALID, VALIDATE CONSTRAINT order_lines_qty_ck;

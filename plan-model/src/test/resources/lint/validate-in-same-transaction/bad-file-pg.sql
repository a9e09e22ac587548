-- V50: link order notes to their orders, in one transaction
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE order_notes DROP CONSTRAINT IF EXISTS order_notes_order_ref_fk;
ALTER TABLE order_notes ADD CONSTRAINT order_notes_order_ref_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE order_notes VALIDATE CONSTRAINT order_notes_order_ref_fk;
COMMIT;

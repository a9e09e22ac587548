-- V50: link order notes to their orders; the validation runs after the lock of the ADD is released
SET lock_timeout = '5s';
BEGIN;
ALTER TABLE order_notes DROP CONSTRAINT IF EXISTS order_notes_order_ref_fk;
ALTER TABLE order_notes ADD CONSTRAINT order_notes_order_ref_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
COMMIT;
ALTER TABLE order_notes VALIDATE CONSTRAINT order_notes_order_ref_fk;

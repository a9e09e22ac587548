-- V97: clauses that ask for no less than each change needs: the server runs them as asked
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_lines ADD COLUMN gift_wrap tinyint NULL, ALGORITHM=INSTANT;
ALTER TABLE order_lines ADD INDEX order_lines_product_idx (product_id), ALGORITHM=INPLACE, LOCK=NONE;
SET SESSION foreign_key_checks = 0;
ALTER TABLE order_lines ADD CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id), ALGORITHM=INPLACE;
SET SESSION foreign_key_checks = 1;

-- V62: defragment every partition of the order notes
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes REBUILD PARTITION ALL;

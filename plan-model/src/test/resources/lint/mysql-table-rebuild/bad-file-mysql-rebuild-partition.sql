-- V62: defragment last year's order notes
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes REBUILD PARTITION p2025;

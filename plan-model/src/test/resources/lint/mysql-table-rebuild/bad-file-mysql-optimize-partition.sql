-- V63: give back the space of the order notes purged from last year's partition
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes OPTIMIZE PARTITION p2025;

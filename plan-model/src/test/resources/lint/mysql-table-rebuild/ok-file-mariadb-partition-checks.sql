-- V65: statistics and a check of every partition of the order notes rebuild nothing
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes ANALYZE PARTITION ALL;
ALTER TABLE order_notes CHECK PARTITION p2024, p2025;
ALTER TABLE order_notes REPAIR PARTITION ALL;

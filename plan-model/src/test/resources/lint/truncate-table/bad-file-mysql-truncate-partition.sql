-- V71: empty the oldest audit entries, then all of them
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries TRUNCATE PARTITION p2023q1;
ALTER TABLE audit_entries TRUNCATE PARTITION ALL;

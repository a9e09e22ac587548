-- V70: retire the 2023 audit entries
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries DROP PARTITION p2023q1, p2023q2;

-- V74: a new, empty partition for next quarter drops nothing
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries ADD PARTITION (PARTITION p2026q1 VALUES LESS THAN (2026));

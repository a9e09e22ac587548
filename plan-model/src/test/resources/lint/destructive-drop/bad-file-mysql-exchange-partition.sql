-- V81: move the 2023 audit entries out to their archive table
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries EXCHANGE PARTITION p2023 WITH TABLE audit_entries_2023 WITHOUT VALIDATION;

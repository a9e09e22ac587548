-- V82: make room for the restored copies of two ledger partitions
SET SESSION lock_wait_timeout = 5;
ALTER TABLE ledger_entries DISCARD PARTITION p2024, p2025 TABLESPACE;

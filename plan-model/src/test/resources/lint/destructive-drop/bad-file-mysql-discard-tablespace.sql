-- V82: make room for the restored copy of the ledger
SET SESSION lock_wait_timeout = 5;
ALTER TABLE ledger_entries DISCARD TABLESPACE;

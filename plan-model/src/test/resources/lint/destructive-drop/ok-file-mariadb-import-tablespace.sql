-- V83: take the restored ledger partition files as the partitions' data
SET SESSION lock_wait_timeout = 5;
ALTER TABLE ledger_entries IMPORT PARTITION ALL TABLESPACE;

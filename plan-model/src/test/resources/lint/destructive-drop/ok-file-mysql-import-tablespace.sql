-- V83: take the restored ledger file as the table's data (it was discarded by hand before)
SET SESSION lock_wait_timeout = 5;
ALTER TABLE ledger_entries IMPORT TABLESPACE;

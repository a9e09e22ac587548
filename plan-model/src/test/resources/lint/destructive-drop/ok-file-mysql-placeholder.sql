-- V94: Flyway fills in the schema; a new column, nothing dropped
SET SESSION lock_wait_timeout = 5;
ALTER TABLE ${schema}.orders ADD COLUMN gift_note text NULL, ALGORITHM=INSTANT;

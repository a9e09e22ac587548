-- V96: widen the quantity and search the notes; the ALGORITHM and LOCK clauses were meant to keep writes going
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_lines MODIFY quantity bigint NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;
ALTER TABLE order_notes ADD FULLTEXT INDEX order_notes_body_ft (body), LOCK=NONE;

-- V96: widen the quantity without a copy, and a rebuild that was meant to let writes pass
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_lines MODIFY quantity bigint NOT NULL, ALGORITHM=NOCOPY;
ALTER TABLE order_lines ENGINE=InnoDB, ALGORITHM=COPY, LOCK=NONE;

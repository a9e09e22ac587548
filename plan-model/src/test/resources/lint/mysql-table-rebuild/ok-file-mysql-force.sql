-- V52: the notes table is new in this migration, so rebuilding it costs nothing
SET SESSION lock_wait_timeout = 5;
CREATE TABLE IF NOT EXISTS order_notes (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, note text NOT NULL);
ALTER TABLE order_notes ENGINE=InnoDB;

-- V52: reclaim the space of the purged order notes
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes ENGINE=InnoDB;

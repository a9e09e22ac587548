-- V54: options that change only metadata, and fresh statistics
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes COMMENT = 'notes a clerk wrote on an order';
ALTER TABLE order_notes AUTO_INCREMENT = 1000000;
ALTER TABLE order_notes STATS_PERSISTENT = 1, STATS_SAMPLE_PAGES = 50;
ANALYZE TABLE order_notes;

-- V61: the purge keeps its rows; nothing is rebuilt
SET SESSION lock_wait_timeout = 5;
ANALYZE TABLE order_notes;

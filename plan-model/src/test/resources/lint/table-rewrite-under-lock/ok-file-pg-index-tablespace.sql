-- V91: the hot index of the order lines goes to the fast disks, built beside the old one while writes go on
SET lock_timeout = '5s';
SET statement_timeout = '30min';
DROP INDEX CONCURRENTLY IF EXISTS order_lines_order_idx_fast;
CREATE INDEX CONCURRENTLY order_lines_order_idx_fast ON order_lines (order_id) TABLESPACE fast_ssd;
DROP INDEX CONCURRENTLY IF EXISTS order_lines_order_idx;
ALTER INDEX order_lines_order_idx_fast RENAME TO order_lines_order_idx;
ALTER INDEX order_lines_order_idx SET (fillfactor = 90);

-- V91: the hot index of the order lines goes to the fast disks
SET lock_timeout = '5s';
SET statement_timeout = '30min';
ALTER INDEX order_lines_order_idx SET TABLESPACE fast_ssd;

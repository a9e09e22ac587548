-- V64: add the view under its new name; readers move to it, and a later migration drops the old one
SET lock_timeout = '5s';
SET statement_timeout = '2min';
CREATE VIEW order_revenue AS SELECT order_id, sum(amount) AS revenue FROM order_lines GROUP BY order_id;
ALTER INDEX order_lines_order_idx RENAME TO order_lines_order_id_idx;

-- V65: one customer asked for their draft orders to be removed
SET lock_timeout = '5s';
SET statement_timeout = '2min';
DELETE FROM orders WHERE customer_id = 4711 AND status = 'draft';
UPDATE orders SET note = NULL WHERE id IN (SELECT id FROM orders_flagged);

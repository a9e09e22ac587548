-- V91: a purge event, a renamed account, a replaced view, and a distributed transaction around a backfill row
CREATE DEFINER = CURRENT_USER EVENT IF NOT EXISTS purge_notes ON SCHEDULE EVERY 1 DAY
  DO DELETE FROM order_notes WHERE created_at < now() - INTERVAL 90 DAY;
ALTER EVENT purge_notes ON SCHEDULE EVERY 12 HOUR;
DROP EVENT IF EXISTS purge_notes_old;
RENAME USER 'reporting'@'%' TO 'reports'@'%';
ALTER ALGORITHM = MERGE SQL SECURITY INVOKER VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open';
XA START 'v91';
INSERT INTO order_notes (order_id, body) VALUES (1, 'migrated');
XA END 'v91';
XA PREPARE 'v91';
XA COMMIT 'v91';

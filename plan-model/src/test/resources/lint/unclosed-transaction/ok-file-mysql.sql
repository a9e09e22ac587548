-- V51: record who archived an order
START TRANSACTION;
INSERT INTO order_archive_log (order_id, archived_by) VALUES (1, 'ops');
COMMIT;

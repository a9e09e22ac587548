-- V51: record who archived an order; the block holds only data changes and is never committed
START TRANSACTION;
INSERT INTO order_archive_log (order_id, archived_by) VALUES (1, 'ops');

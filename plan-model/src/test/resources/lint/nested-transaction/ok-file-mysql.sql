-- V52: two blocks, each committed
START TRANSACTION;
INSERT INTO order_archive_log (order_id, archived_by) VALUES (1, 'ops');
COMMIT;
START TRANSACTION;
INSERT INTO order_archive_log (order_id, archived_by) VALUES (2, 'ops');
COMMIT;

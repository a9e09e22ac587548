-- V52: the second START TRANSACTION commits the first block before the last insert
START TRANSACTION;
INSERT INTO order_archive_log (order_id, archived_by) VALUES (1, 'ops');
START TRANSACTION;
INSERT INTO order_archive_log (order_id, archived_by) VALUES (2, 'ops');
COMMIT;

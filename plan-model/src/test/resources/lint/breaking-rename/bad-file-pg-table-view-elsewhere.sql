-- V96: the view under the old name reads another table, so queries of "users" no longer see its rows
BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE users RENAME TO accounts_old;
CREATE VIEW users AS SELECT * FROM accounts_v2;
COMMIT;

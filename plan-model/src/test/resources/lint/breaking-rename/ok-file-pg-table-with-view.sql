-- V95: "users" becomes "accounts"; a view keeps the old name for the code that still uses it
BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE users RENAME TO accounts;
CREATE VIEW users AS SELECT * FROM accounts;
COMMIT;

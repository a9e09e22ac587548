-- V95: "users" becomes "accounts"; a view keeps the old name for the code that still uses it
RENAME TABLE users TO accounts;
CREATE OR REPLACE VIEW users AS SELECT id, email FROM accounts;

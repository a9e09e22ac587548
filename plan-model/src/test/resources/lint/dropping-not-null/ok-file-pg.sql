-- V61: a table created in this file may loosen its own column
SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS order_drafts (id bigint PRIMARY KEY, note text NOT NULL);
ALTER TABLE order_drafts ALTER COLUMN note DROP NOT NULL;

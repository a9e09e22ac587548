-- What only MariaDB has: sequences and IGNORED indexes (10.6+). Loaded after rich.sql on MariaDB.
CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 CACHE 5 CYCLE;
CREATE INDEX orders_note_prefix ON orders (note(20));
ALTER TABLE orders ALTER INDEX orders_note_prefix IGNORED;

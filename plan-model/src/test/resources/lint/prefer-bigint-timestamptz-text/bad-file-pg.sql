-- V61: types that cost a migration later
SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS warehouses (id smallint PRIMARY KEY, code character(4) NOT NULL, name pg_catalog.varchar(80) NOT NULL);
ALTER TABLE orders ADD COLUMN IF NOT EXISTS warehouse_id int2;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS carrier character varying(40);

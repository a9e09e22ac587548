-- V84: catalog housekeeping after the pricing release; no statement here locks a table
ALTER FUNCTION price_with_tax(numeric, text) SET search_path = pricing, pg_temp;
ALTER FUNCTION price_with_tax(numeric, text) OWNER TO pricing_owner;
ALTER ROLE pricing_reader SET statement_timeout = '30s';
ALTER EXTENSION pgcrypto UPDATE;
CREATE PUBLICATION pricing_everything FOR ALL TABLES;
ALTER PUBLICATION pricing_everything SET (publish = 'insert, update');
ALTER INDEX price_rules_region_idx SET (fillfactor = 90);
DROP CAST IF EXISTS (text AS price_band);

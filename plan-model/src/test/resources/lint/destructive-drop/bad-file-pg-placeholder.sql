-- V93: Flyway fills in the schema of each tenant; the legacy audit table goes
SET lock_timeout = '5s';
SET statement_timeout = '2min';
DROP TABLE IF EXISTS ${schema}.audit_legacy;

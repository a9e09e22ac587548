-- V72: the domain names the type; NOT NULL and the checks live on the columns (see require-not-valid)
SET lock_timeout = '5s';
SET statement_timeout = '2min';
CREATE DOMAIN amount AS numeric(12,2);
CREATE TABLE IF NOT EXISTS refunds (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total amount NOT NULL);

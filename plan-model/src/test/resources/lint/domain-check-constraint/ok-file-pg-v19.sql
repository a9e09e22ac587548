-- V73: on PostgreSQL 19 validating a domain check lets writes go on
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER DOMAIN order_code ADD CONSTRAINT order_code_length CHECK (length(VALUE) <= 12) NOT VALID;

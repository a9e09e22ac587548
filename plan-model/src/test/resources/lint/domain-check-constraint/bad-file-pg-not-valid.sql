-- V71: codes get a length limit, checked for new values first
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER DOMAIN order_code ADD CONSTRAINT order_code_length CHECK (length(VALUE) <= 12) NOT VALID;

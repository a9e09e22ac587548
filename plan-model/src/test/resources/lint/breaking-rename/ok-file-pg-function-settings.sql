-- V83: pin the search path of the pricing function and hand it to the owner role; nothing is renamed
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER FUNCTION price_with_tax(numeric, text) SET search_path = pricing, pg_temp;
ALTER FUNCTION price_with_tax(numeric, text) OWNER TO pricing_owner;
ALTER FUNCTION price_with_tax(numeric, text) STABLE PARALLEL SAFE;
ALTER DOMAIN money_amount OWNER TO pricing_owner;
ALTER DOMAIN money_amount SET DEFAULT 0;
ALTER EXTENSION pgcrypto UPDATE;
ALTER ROLE pricing_reader SET statement_timeout = '30s';

-- V73: amounts are never missing any more
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER DOMAIN amount SET NOT NULL;

-- V72: every amount is required
SET lock_timeout = '5s';
SET statement_timeout = '2min';
CREATE DOMAIN amount AS numeric(12,2) NOT NULL;

-- V70: amounts must be positive, said once for every amount column
SET lock_timeout = '5s';
SET statement_timeout = '2min';
CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);

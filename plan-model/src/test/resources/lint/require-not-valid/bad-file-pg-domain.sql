-- V61: amounts must be positive, enforced by their domain
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0);

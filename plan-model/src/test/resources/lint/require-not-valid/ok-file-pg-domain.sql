-- V61: amounts must be positive, enforced by their domain; existing values are validated in V62
SET lock_timeout = '5s';
SET statement_timeout = '2min';
-- phaseshift:allow domain-check-constraint V62 validates it in the nightly maintenance window
ALTER DOMAIN positive_amount ADD CONSTRAINT positive_amount_check CHECK (VALUE > 0) NOT VALID;
-- a domain created here is used by no table yet: nothing to check
-- phaseshift:allow domain-check-constraint the code format is the type's meaning
CREATE DOMAIN order_code AS text CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');
ALTER DOMAIN order_code ADD CONSTRAINT order_code_length CHECK (length(VALUE) <= 20);

-- V74: orders keep the payment provider's raw answer
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS provider_response json;

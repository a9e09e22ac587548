-- V59: an external reference that must be unique, declared inline
SET lock_timeout = '5s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS external_ref text UNIQUE;

-- V72: one naming scheme for enum types
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TYPE ticket_status RENAME TO ticket_state;

-- V75: a new ticket state, safe to run again
SET lock_timeout = '5s';
ALTER TYPE ticket_status ADD VALUE IF NOT EXISTS 'on_hold' BEFORE 'closed';

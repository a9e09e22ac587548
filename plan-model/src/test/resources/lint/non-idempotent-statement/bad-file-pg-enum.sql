-- V74: a new ticket state; a second run fails because the label exists
SET lock_timeout = '5s';
ALTER TYPE ticket_status ADD VALUE 'on_hold' BEFORE 'closed';

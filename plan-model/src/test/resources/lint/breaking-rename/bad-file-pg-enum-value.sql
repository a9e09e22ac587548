-- V71: the support team calls it "escalated" now
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TYPE ticket_status RENAME VALUE 'urgent' TO 'escalated';

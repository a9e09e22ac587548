-- V73: add the new label beside the old one; writers move to it, the rows follow in a later migration
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TYPE ticket_status ADD VALUE IF NOT EXISTS 'escalated' AFTER 'urgent';
ALTER TYPE ticket_status OWNER TO support_owner;

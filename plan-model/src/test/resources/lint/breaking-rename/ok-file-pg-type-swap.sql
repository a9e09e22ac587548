-- V74: drop the value 'archived' from ticket_state the way schema tools write it: a new type takes the old name
SET lock_timeout = '5s';
SET statement_timeout = '2min';
BEGIN;
CREATE TYPE ticket_state_new AS ENUM ('open', 'closed');
CREATE TABLE IF NOT EXISTS ticket_drafts (id bigint PRIMARY KEY, state ticket_state);
ALTER TABLE ticket_drafts ALTER COLUMN state TYPE ticket_state_new USING (state::text::ticket_state_new);
ALTER TYPE ticket_state RENAME TO ticket_state_old;
ALTER TYPE ticket_state_new RENAME TO ticket_state;
DROP TYPE ticket_state_old;
COMMIT;

-- V90: audit rows go to a new columnar table; the application switches to it in a later release
SET lock_timeout = '5s';
SET statement_timeout = '30min';
CREATE TABLE IF NOT EXISTS audit_events_columnar (LIKE audit_events INCLUDING DEFAULTS) USING columnar;
ALTER TABLE audit_events_columnar SET ACCESS METHOD heap;

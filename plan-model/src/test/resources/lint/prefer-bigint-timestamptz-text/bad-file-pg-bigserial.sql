-- V62: an audit table keyed by bigserial
SET lock_timeout = '5s';
CREATE TABLE IF NOT EXISTS audit_events (id bigserial PRIMARY KEY, happened_at timestamptz NOT NULL, detail text);

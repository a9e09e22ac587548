-- a schema dump as pg_dump writes it: psql meta-commands, COPY data, ONLY, partitions, policies
\restrict 7Yq2cVt
SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA app;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION app.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$$;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE app.accounts (
    id bigint NOT NULL,
    email public.citext NOT NULL,
    mood app.mood DEFAULT 'ok'::app.mood,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE app.accounts OWNER TO postgres;
CREATE SEQUENCE app.accounts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE app.accounts_id_seq OWNER TO postgres;
ALTER SEQUENCE app.accounts_id_seq OWNED BY app.accounts.id;
CREATE TABLE app.events (
    id bigint NOT NULL,
    at timestamptz NOT NULL,
    payload jsonb
) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY app.accounts ALTER COLUMN id SET DEFAULT nextval('app.accounts_id_seq'::regclass);
COPY app.accounts (id, email, mood, created_at, updated_at) FROM stdin;
1	a@b.c	ok	2024-01-01 00:00:00+00	\N
\.
SELECT pg_catalog.setval('app.accounts_id_seq', 1, true);
ALTER TABLE ONLY app.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY app.events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);
CREATE UNIQUE INDEX accounts_email_key ON app.accounts USING btree (email);
CREATE INDEX events_at_idx ON ONLY app.events USING btree (at);
CREATE INDEX events_2024_at_idx ON app.events_2024 USING btree (at);
ALTER INDEX app.events_at_idx ATTACH PARTITION app.events_2024_at_idx;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON app.accounts FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE VIEW app.happy AS
 SELECT accounts.id FROM app.accounts WHERE (accounts.mood = 'happy'::app.mood);
ALTER TABLE ONLY app.events
    ADD CONSTRAINT events_account_fk FOREIGN KEY (id) REFERENCES app.accounts(id) ON DELETE CASCADE;
GRANT USAGE ON SCHEMA app TO PUBLIC;
REVOKE ALL ON TABLE app.accounts FROM PUBLIC;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
CREATE POLICY own ON app.accounts USING (true);
COMMENT ON COLUMN app.accounts.email IS 'login';
\unrestrict 7Yq2cVt

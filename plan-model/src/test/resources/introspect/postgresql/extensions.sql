-- Extensions and what uses them: btree_gist (a gist exclusion constraint and index on integers), cube and
-- earthdistance (earthdistance needs cube), unaccent with a text search configuration and dictionary using
-- it, citext columns, and hstore and pg_trgm installed in a schema of their own (an index using pg_trgm's
-- non-default operator class names it with that schema). Objects an extension owns are recorded as
-- the extension, not one by one. Loaded by PostgresIntrospectorTest and DdlFidelityTest.

CREATE SCHEMA "Geo Daten";
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS earthdistance WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA ext;

-- a gist index and an exclusion constraint on plain integers need btree_gist's operator classes
CREATE TABLE public.room_bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room integer NOT NULL,
    during tstzrange NOT NULL,
    CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);
CREATE INDEX room_bookings_room_gist ON public.room_bookings USING gist (room);

-- earthdistance over cube; citext and hstore (from the schema "ext") as column types
CREATE TABLE "Geo Daten"."Standorte" (
    "Nr" integer PRIMARY KEY,
    "Straße" public.citext NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    attributes ext.hstore,
    "Notiz" text
);
CREATE INDEX "Standorte_notiz_trgm_idx" ON "Geo Daten"."Standorte" USING gin ("Notiz" ext.gin_trgm_ops);
CREATE INDEX "Standorte_earth_idx" ON "Geo Daten"."Standorte" USING gist (public.ll_to_earth(lat, lon));

-- a dictionary on the unaccent template and a configuration that runs it before the stemmer
CREATE TEXT SEARCH DICTIONARY public.unaccent_de (TEMPLATE = public.unaccent, RULES = 'unaccent');
COMMENT ON TEXT SEARCH DICTIONARY public.unaccent_de IS 'Umlaute und Akzente entfernen';
CREATE TEXT SEARCH CONFIGURATION public."Deutsch ohne Akzente" (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION public."Deutsch ohne Akzente"
    ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent_de, pg_catalog.german_stem;
COMMENT ON TEXT SEARCH CONFIGURATION public."Deutsch ohne Akzente" IS 'German, accents folded';
CREATE TEXT SEARCH DICTIONARY "Geo Daten".orte_simple (TEMPLATE = pg_catalog.simple, STOPWORDS = 'german');
CREATE INDEX "Standorte_fts_idx" ON "Geo Daten"."Standorte"
    USING gin (to_tsvector('public."Deutsch ohne Akzente"'::regconfig, "Straße"::text));

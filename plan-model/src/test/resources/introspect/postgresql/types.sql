-- Types and routines that depend on each other across schemas: domains (one over an enum, one with named
-- checks, a collation and a default), functions taking a table's and a view's row type, an aggregate over a
-- SQL state function, a view calling a function, a materialized view with an index, and a table whose default
-- calls a function. Loaded by PostgresIntrospectorTest and DdlFidelityTest.

CREATE SCHEMA core;
CREATE SCHEMA "Berichte Ü";

CREATE TYPE core.mood AS ENUM ('sad', 'ok', 'happy');

-- a domain over an enum, with a default and NOT NULL
CREATE DOMAIN core.good_mood AS core.mood NOT NULL DEFAULT 'ok'
    CONSTRAINT good_mood_not_sad CHECK (VALUE <> 'sad');
COMMENT ON DOMAIN core.good_mood IS 'Never sad';

-- a domain with two named checks, one of them NOT VALID, and a collation
CREATE DOMAIN core."Postleitzahl" AS varchar(5) COLLATE "C"
    CONSTRAINT "PLZ fünf Ziffern" CHECK (VALUE ~ '^[0-9]{5}$');
ALTER DOMAIN core."Postleitzahl" ADD CONSTRAINT plz_not_zero CHECK (VALUE <> '00000') NOT VALID;

-- a domain over a domain
CREATE DOMAIN "Berichte Ü".positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE DOMAIN "Berichte Ü".small_amount AS "Berichte Ü".positive_amount CHECK (VALUE < 1000);

-- a function a table default calls: it must exist before the table
CREATE FUNCTION core.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::int $$;

CREATE TABLE core.people (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT core.next_code(),
    mood core.good_mood,
    zip core."Postleitzahl",
    "Betrag" "Berichte Ü".small_amount
);

-- a SQL function whose argument is the table's row type: it must come after the table
CREATE FUNCTION core.label(p core.people) RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT p.code || ' ' || p.mood::text $$;
COMMENT ON FUNCTION core.label(core.people) IS 'Shown in lists';

-- an aggregate with a state function, initial condition, final function and combine function
CREATE FUNCTION core.add_len(state integer, value text) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT state + length(value) $$;
CREATE FUNCTION core.halve(state integer) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT state / 2.0 $$;
CREATE FUNCTION core.combine_len(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT a + b $$;
CREATE AGGREGATE core.half_length(text) (
    SFUNC = core.add_len, STYPE = integer, FINALFUNC = core.halve, COMBINEFUNC = core.combine_len,
    INITCOND = '0', PARALLEL = SAFE
);
COMMENT ON AGGREGATE core.half_length(text) IS 'Half the total length';

-- an ordered-set aggregate, named with a space and a hyphen
CREATE FUNCTION core.collect(state text[], value text) RETURNS text[] LANGUAGE sql IMMUTABLE
    AS $$ SELECT state || value $$;
CREATE FUNCTION core.nth(state text[], n integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT state[n] $$;
CREATE AGGREGATE core."n-ter Wert"(integer ORDER BY text) (
    SFUNC = core.collect, STYPE = text[], FINALFUNC = core.nth, INITCOND = '{}'
);

-- a view calling the function and the aggregate, a view over that view in another schema
CREATE VIEW core.people_labels AS SELECT p.id, core.label(p.*) AS label FROM core.people p;
CREATE VIEW "Berichte Ü"."Längen" AS SELECT core.half_length(l.label) AS "Hälfte" FROM core.people_labels l;

-- a function whose argument is a view's row type: it must come after the view
CREATE FUNCTION core.describe(l core.people_labels) RETURNS text LANGUAGE sql STABLE AS $$ SELECT l.label $$;

-- a materialized view with an index on it
CREATE MATERIALIZED VIEW "Berichte Ü".moods AS SELECT mood, count(*) AS n FROM core.people GROUP BY mood;
CREATE UNIQUE INDEX moods_mood_idx ON "Berichte Ü".moods (mood);

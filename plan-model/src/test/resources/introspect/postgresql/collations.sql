-- Collations: an ICU collation in a user schema, a non-deterministic (case-insensitive) ICU collation, a libc
-- collation, columns using them and a built-in ICU collation, and indexes with COLLATE and operator classes.
-- Loaded by PostgresIntrospectorTest and DdlFidelityTest.

CREATE SCHEMA app;
CREATE SCHEMA "Sprachen";

CREATE COLLATION app.german_phonebook (provider = icu, locale = 'de-u-co-phonebk');
COMMENT ON COLLATION app.german_phonebook IS 'Telefonbuch-Sortierung';
CREATE COLLATION "Sprachen"."ohne Groß/klein" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION app.posix_copy (provider = libc, locale = 'C');

CREATE TABLE app.contacts (
    id integer PRIMARY KEY,
    name text COLLATE app.german_phonebook NOT NULL,
    email text COLLATE "Sprachen"."ohne Groß/klein" NOT NULL UNIQUE,
    city text COLLATE "de-x-icu",
    code varchar(20) COLLATE app.posix_copy,
    note text
);

-- index key collation, operator class, both, and a collation on an expression key
CREATE INDEX contacts_name_c_idx ON app.contacts (name COLLATE "C");
CREATE INDEX contacts_note_pattern_idx ON app.contacts (note text_pattern_ops);
CREATE INDEX contacts_city_c_pattern_idx ON app.contacts (city COLLATE "C" varchar_pattern_ops DESC);
CREATE INDEX contacts_lower_note_idx ON app.contacts ((lower(note)) COLLATE "POSIX");

-- a table in the other schema using the built-in ICU collation and the user collation
CREATE TABLE "Sprachen"."Wörter" (
    "Wort" text COLLATE "Sprachen"."ohne Groß/klein" PRIMARY KEY,
    "Übersetzung" text COLLATE "de-x-icu"
);

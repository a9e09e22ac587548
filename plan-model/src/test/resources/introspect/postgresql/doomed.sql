-- A table that PostgresIntrospectorFailuresTest drops while the introspection is reading.
CREATE SCHEMA app;
CREATE TABLE app.keeper (id int PRIMARY KEY);
CREATE TABLE app.doomed (id int PRIMARY KEY, amount int CONSTRAINT doomed_amount_check CHECK (amount > 0));

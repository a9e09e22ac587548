-- A table that MySqlIntrospectorFailuresTest drops while the introspection is reading.
CREATE TABLE keeper (id INT PRIMARY KEY);
CREATE TABLE doomed (id INT PRIMARY KEY, amount INT);

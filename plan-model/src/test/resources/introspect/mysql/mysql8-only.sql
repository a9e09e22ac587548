-- What only MySQL 8 has: functional key parts, NOT ENFORCED checks and INVISIBLE indexes.
-- Loaded after rich.sql on MySQL.
CREATE INDEX orders_lower_note ON orders ((lower(left(note, 20))));
ALTER TABLE orders ADD CONSTRAINT orders_tax_small CHECK (tax < net) NOT ENFORCED;
CREATE INDEX orders_note_prefix ON orders (note(20)) INVISIBLE;

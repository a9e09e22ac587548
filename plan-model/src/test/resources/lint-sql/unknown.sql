-- statements no rule can judge are named, never passed over in silence
SET lock_timeout = '5s';
CREATE FUNCTION orders_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a semicolon inside the body does not end the statement
  RETURN NEW;
END
$$;
CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING;
DO $$ BEGIN PERFORM pg_notify('orders', 'migrated'); END $$;
-- phaseshift:allow cannot-analyse the extension is installed by the platform team ahead of this release
ALTER EXTENSION pg_trgm UPDATE;
ALTER TABLE orders INHERIT orders_base;

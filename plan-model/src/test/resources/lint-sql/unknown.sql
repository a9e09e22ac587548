-- statements no rule can judge are named, never passed over in silence
SET lock_timeout = '5s';
CREATE FUNCTION orders_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a semicolon inside the body does not end the statement
  RETURN NEW;
END
$$;
ALTER TYPE order_address ALTER ATTRIBUTE street TYPE varchar(200);
DO $$ BEGIN PERFORM pg_notify('orders', 'migrated'); END $$;
-- phaseshift:allow cannot-analyse no table has a column of this type yet
ALTER TYPE order_address ADD ATTRIBUTE zip text;
ALTER TABLE ALL IN TABLESPACE old_disks SET TABLESPACE new_disks;

-- V53: make returns.reason and returns.carrier required
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE returns DROP CONSTRAINT IF EXISTS returns_order_fk;
ALTER TABLE returns ADD CONSTRAINT returns_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;
ALTER TABLE returns VALIDATE CONSTRAINT returns_order_fk;
-- the validated foreign key says nothing about reason: the scan still runs
ALTER TABLE returns ALTER COLUMN reason SET NOT NULL;
ALTER TABLE returns DROP CONSTRAINT IF EXISTS returns_carrier_nn;
ALTER TABLE returns ADD CONSTRAINT returns_carrier_nn CHECK (carrier IS NOT NULL) NOT VALID;
-- the check is not validated yet, so postgresql cannot use it
ALTER TABLE returns ALTER COLUMN carrier SET NOT NULL;

-- V61: orders.status may be left empty from now on
SET lock_timeout = '5s';
ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;

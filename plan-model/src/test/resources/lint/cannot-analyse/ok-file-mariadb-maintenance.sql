-- V90: nightly checks; InnoDB reads the tables and repairs nothing
CHECK TABLE orders, order_notes EXTENDED;
CHECKSUM TABLE orders;
REPAIR TABLE order_notes;
ANALYZE TABLE orders;
ALTER TABLE order_notes CHECK PARTITION ALL;

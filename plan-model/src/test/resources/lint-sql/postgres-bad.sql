-- V42: let orders carry a priority and a link to their customer
ALTER TABLE orders ADD COLUMN priority integer NOT NULL;
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
CREATE INDEX orders_priority_idx ON orders (priority);
ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);
UPDATE orders SET priority = 0;
ALTER TABLE orders ALTER COLUMN priority SET NOT NULL;
CREATE TABLE order_flags (id bigint PRIMARY KEY, order_id bigint NOT NULL, flag text NOT NULL);
CREATE INDEX order_flags_order_idx ON order_flags (order_id);

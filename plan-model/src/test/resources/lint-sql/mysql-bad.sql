-- stock levels: widen the quantity, link items to their warehouse
ALTER TABLE stock_items MODIFY COLUMN quantity bigint NOT NULL;
ALTER TABLE stock_items ADD CONSTRAINT stock_items_warehouse_fk FOREIGN KEY (warehouse_id) REFERENCES warehouses (id);
ALTER TABLE stock_items ADD COLUMN reserved int NOT NULL;
UPDATE stock_items SET reserved = 0;

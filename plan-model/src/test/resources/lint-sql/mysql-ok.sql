-- stock levels: add a nullable column in place, and a new table with its index
ALTER TABLE stock_items ADD COLUMN reserved int NULL, ALGORITHM=INSTANT, LOCK=NONE;
CREATE TABLE stock_moves (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, item_id bigint NOT NULL, moved_at datetime NOT NULL, KEY stock_moves_item (item_id)) ENGINE=InnoDB;
CREATE INDEX stock_moves_moved_at ON stock_moves (moved_at);
ALTER TABLE stock_items RENAME INDEX idx_sku TO stock_items_sku, ALGORITHM=INPLACE, LOCK=NONE;
START TRANSACTION;
INSERT INTO stock_moves (item_id, moved_at) VALUES (1, NOW());
COMMIT;

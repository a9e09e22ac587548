-- stock: retire the legacy columns and tables
SET SESSION lock_wait_timeout = 5;
ALTER TABLE stock_items DROP COLUMN legacy_code;
DROP TABLE stock_notes;
ALTER TABLE stock_items RENAME COLUMN qty TO quantity;
ALTER TABLE stock_items CHANGE COLUMN sku item_sku varchar(64) NOT NULL;
RENAME TABLE stock_history TO stock_archive;
ALTER TABLE warehouses RENAME TO depots;
TRUNCATE TABLE stock_events;
DROP DATABASE reporting;
LOCK TABLES stock_items WRITE, warehouses READ;
UNLOCK TABLES;
CREATE TABLE stock_import (id bigint NOT NULL PRIMARY KEY, sku varchar(64) NOT NULL) ENGINE=InnoDB;
LOCK TABLES stock_import WRITE;
UNLOCK TABLES;
TRUNCATE TABLE stock_import;
DROP TABLE stock_import;

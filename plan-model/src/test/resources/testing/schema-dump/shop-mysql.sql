-- A small schema loaded twice by SchemaDumpTest; ${price_type} lets one copy differ in one column type.
CREATE TABLE items (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(80) NOT NULL,
    price ${price_type} NOT NULL,
    changed_at TIMESTAMP NULL
) COMMENT='What the shop sells';
CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;
DELIMITER //
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW
BEGIN
    SET NEW.changed_at = CURRENT_TIMESTAMP;
END//
DELIMITER ;

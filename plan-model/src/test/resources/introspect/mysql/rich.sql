-- Every feature the MySQL/MariaDB introspector reads that both MySQL 8 and MariaDB 10.6+ accept.
-- Loaded into a fresh database by MySqlIntrospectorTest; DELIMITER lines work as in the mysql client.

-- auto_increment, unsigned, collation, tinyint(1), defaults of every kind, ON UPDATE, prefix index
CREATE TABLE customers (
    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(190) NOT NULL,
    `Display Name` VARCHAR(80) COLLATE utf8mb4_bin NULL,
    region CHAR(2) NOT NULL DEFAULT 'EU',
    active TINYINT(1) NOT NULL DEFAULT 1,
    note VARCHAR(20) DEFAULT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    UNIQUE KEY customers_email_key (email),
    KEY customers_name_prefix (`Display Name`(10))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='People who order';

-- ENUM column, stored and virtual generated columns, CHECK, FULLTEXT, composite index, FK with actions
CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT,
    customer_id INT UNSIGNED NOT NULL,
    status ENUM('new', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'new',
    net DECIMAL(12,2) NOT NULL,
    tax DECIMAL(12,2) NOT NULL DEFAULT 0.00,
    gross DECIMAL(12,2) AS (net + tax) STORED,
    net_cents BIGINT AS (net * 100) VIRTUAL,
    note TEXT COMMENT 'Free text from the customer',
    PRIMARY KEY (id),
    KEY orders_customer_idx (customer_id, status),
    FULLTEXT KEY orders_note_ft (note),
    CONSTRAINT orders_net_positive CHECK (net >= 0),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
        ON DELETE RESTRICT ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- composite primary key, column-level CHECK, descending index, FK with ON DELETE CASCADE
CREATE TABLE order_lines (
    order_id BIGINT NOT NULL,
    line_no INT NOT NULL,
    sku VARCHAR(40) NOT NULL,
    quantity INT NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line_no),
    KEY order_lines_sku_desc (sku DESC),
    CONSTRAINT order_lines_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- composite foreign key with SET NULL
CREATE TABLE shipments (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT NULL,
    line_no INT NULL,
    shipped_on DATE,
    CONSTRAINT shipments_line_fk FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
        ON DELETE SET NULL ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE order_audit (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id BIGINT NOT NULL,
    logged_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- identifiers with spaces, quotes, backticks and non-ASCII characters
CREATE TABLE `Kunden Übersicht` (
    `Kunden-Nr` BIGINT NOT NULL PRIMARY KEY,
    `Name "Spitz"` VARCHAR(100) NOT NULL,
    `Straße` VARCHAR(100),
    `customer``Id` INT UNSIGNED,
    CONSTRAINT `Kunde → customers` FOREIGN KEY (`customer``Id`) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='Übersicht für das Reporting';

-- JSON (MariaDB: a longtext with an automatic json_valid check)
CREATE TABLE settings (
    k VARCHAR(40) NOT NULL PRIMARY KEY,
    doc JSON
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

-- a partitioned table
CREATE TABLE events (
    id BIGINT NOT NULL,
    occurred DATE NOT NULL,
    PRIMARY KEY (id, occurred)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci
  PARTITION BY RANGE (YEAR(occurred)) (
    PARTITION p2024 VALUES LESS THAN (2025),
    PARTITION pmax VALUES LESS THAN MAXVALUE
);

-- triggers: a BEGIN ... END body and a one-statement body
DELIMITER //
CREATE TRIGGER orders_before_update BEFORE UPDATE ON orders FOR EACH ROW
BEGIN
    IF NEW.net < 0 THEN
        SET NEW.net = 0;
    END IF;
END//
DELIMITER ;
CREATE TRIGGER orders_after_insert AFTER INSERT ON orders FOR EACH ROW
    INSERT INTO order_audit (order_id) VALUES (NEW.id);

-- views: plain, a view of a view, one WITH CHECK OPTION
CREATE VIEW open_orders AS
    SELECT o.id, o.customer_id, o.gross FROM orders o WHERE o.status IN ('new', 'paid');
CREATE VIEW `Offene Aufträge` AS
    SELECT oo.id, c.email AS `E-Mail` FROM open_orders oo JOIN customers c ON c.id = oo.customer_id;
CREATE VIEW paid_orders AS
    SELECT id, status FROM orders WHERE status = 'paid' WITH CASCADED CHECK OPTION;

-- rows, so that row estimates mean something
INSERT INTO customers (email, `Display Name`, region) VALUES
    ('ada@example.com', 'Ada', 'EU'), ('bob@example.com', 'Bob', 'US'), ('cy@example.com', NULL, 'EU');
ANALYZE TABLE customers;

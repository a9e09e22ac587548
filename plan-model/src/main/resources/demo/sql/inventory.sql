-- Phaseshift demo estate: inventory service (database shop_inventory).
-- Engine: MariaDB 10.11 / MySQL 8 (InnoDB, utf8mb4).
-- Owns warehouses and bin locations, stock levels per product and warehouse, stock movements,
-- order reservations, suppliers and purchase orders.

CREATE TABLE IF NOT EXISTS warehouses (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    code         VARCHAR(16)     NOT NULL,
    name         VARCHAR(100)    NOT NULL,
    country_code CHAR(2)         NOT NULL,
    city         VARCHAR(100)    NOT NULL,
    timezone     VARCHAR(64)     NOT NULL DEFAULT 'Europe/Berlin',
    is_active    TINYINT(1)      NOT NULL DEFAULT 1,
    created_at   DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY warehouses_code_uq (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Physical fulfilment centres. warehouses.id is referenced by shipping.';

CREATE TABLE IF NOT EXISTS warehouse_locations (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    warehouse_id BIGINT UNSIGNED NOT NULL,
    bin_code     VARCHAR(20)     NOT NULL,
    aisle        VARCHAR(8)      NOT NULL,
    shelf        VARCHAR(8)      NOT NULL,
    location_type ENUM('pick', 'bulk', 'returns', 'quarantine') NOT NULL DEFAULT 'pick',
    PRIMARY KEY (id),
    UNIQUE KEY warehouse_locations_bin_uq (warehouse_id, bin_code),
    CONSTRAINT warehouse_locations_warehouse_fk FOREIGN KEY (warehouse_id)
        REFERENCES warehouses (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS stock_items (
    id                BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    product_id        BIGINT UNSIGNED NOT NULL COMMENT 'catalog.products.id in shop_catalog (PG bigint there)',
    warehouse_id      BIGINT UNSIGNED NOT NULL,
    location_id       BIGINT UNSIGNED NULL,
    sku               VARCHAR(40)     NOT NULL,
    quantity_on_hand  INT             NOT NULL DEFAULT 0,
    quantity_reserved INT             NOT NULL DEFAULT 0,
    reorder_point     INT             NOT NULL DEFAULT 0,
    updated_at        DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY stock_items_product_warehouse_uq (product_id, warehouse_id),
    KEY stock_items_warehouse_idx (warehouse_id),
    KEY stock_items_sku_idx (sku),
    CONSTRAINT stock_items_warehouse_fk FOREIGN KEY (warehouse_id)
        REFERENCES warehouses (id) ON DELETE RESTRICT,
    CONSTRAINT stock_items_location_fk FOREIGN KEY (location_id)
        REFERENCES warehouse_locations (id) ON DELETE SET NULL,
    CONSTRAINT stock_items_quantities_ck CHECK (quantity_on_hand >= 0 AND quantity_reserved >= 0 AND quantity_reserved <= quantity_on_hand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stock level of one product in one warehouse.';

CREATE TABLE IF NOT EXISTS stock_movements (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    stock_item_id BIGINT UNSIGNED NOT NULL,
    movement_type ENUM('receipt', 'shipment', 'adjustment', 'transfer', 'return') NOT NULL,
    quantity      INT             NOT NULL COMMENT 'Signed: positive into stock, negative out of stock',
    source_ref    VARCHAR(64)     NULL COMMENT 'Free-form document reference, e.g. PO number or shipment label',
    note          VARCHAR(255)    NULL,
    created_by    VARCHAR(64)     NOT NULL DEFAULT 'system',
    created_at    DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY stock_movements_item_created_idx (stock_item_id, created_at),
    KEY stock_movements_source_ref_idx (source_ref(20)),
    CONSTRAINT stock_movements_item_fk FOREIGN KEY (stock_item_id)
        REFERENCES stock_items (id) ON DELETE CASCADE,
    CONSTRAINT stock_movements_quantity_ck CHECK (quantity <> 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS reservations (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    stock_item_id BIGINT UNSIGNED NOT NULL,
    order_id      BIGINT          NOT NULL COMMENT 'orders.orders.id in shop_orders',
    quantity      INT             NOT NULL,
    status        ENUM('held', 'committed', 'released', 'expired') NOT NULL DEFAULT 'held',
    expires_at    DATETIME(6)     NULL,
    created_at    DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY reservations_order_item_uq (order_id, stock_item_id),
    KEY reservations_item_status_idx (stock_item_id, status),
    CONSTRAINT reservations_item_fk FOREIGN KEY (stock_item_id)
        REFERENCES stock_items (id) ON DELETE CASCADE,
    CONSTRAINT reservations_quantity_ck CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Stock held for orders until they ship or are cancelled.';

CREATE TABLE IF NOT EXISTS suppliers (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    name          VARCHAR(150)    NOT NULL,
    contact_email VARCHAR(255)    NULL,
    country_code  CHAR(2)         NOT NULL,
    external_id   VARCHAR(64)     NULL COMMENT 'Supplier number in the ERP system',
    lead_time_days SMALLINT       NOT NULL DEFAULT 7,
    notes         TEXT            NULL,
    created_at    DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY suppliers_external_id_uq (external_id),
    FULLTEXT KEY suppliers_search_ft (name, notes),
    CONSTRAINT suppliers_lead_time_ck CHECK (lead_time_days BETWEEN 0 AND 365)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS purchase_orders (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    po_number    VARCHAR(20)     NOT NULL,
    supplier_id  BIGINT UNSIGNED NOT NULL,
    warehouse_id BIGINT UNSIGNED NOT NULL,
    status       ENUM('draft', 'sent', 'partially_received', 'received', 'cancelled') NOT NULL DEFAULT 'draft',
    currency     CHAR(3)         NOT NULL DEFAULT 'EUR',
    ordered_at   DATETIME(6)     NULL,
    expected_at  DATE            NULL,
    created_at   DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY purchase_orders_number_uq (po_number),
    KEY purchase_orders_supplier_status_idx (supplier_id, status),
    CONSTRAINT purchase_orders_supplier_fk FOREIGN KEY (supplier_id)
        REFERENCES suppliers (id) ON DELETE RESTRICT,
    CONSTRAINT purchase_orders_warehouse_fk FOREIGN KEY (warehouse_id)
        REFERENCES warehouses (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS purchase_order_lines (
    purchase_order_id BIGINT UNSIGNED NOT NULL,
    line_no           SMALLINT        NOT NULL,
    product_id        BIGINT UNSIGNED NOT NULL COMMENT 'catalog.products.id in shop_catalog',
    quantity_ordered  INT             NOT NULL,
    quantity_received INT             NOT NULL DEFAULT 0,
    unit_cost         DECIMAL(12,2)   NOT NULL,
    PRIMARY KEY (purchase_order_id, line_no),
    KEY purchase_order_lines_product_idx (product_id),
    CONSTRAINT purchase_order_lines_po_fk FOREIGN KEY (purchase_order_id)
        REFERENCES purchase_orders (id) ON DELETE CASCADE,
    CONSTRAINT purchase_order_lines_qty_ck CHECK (quantity_ordered > 0 AND quantity_received >= 0),
    CONSTRAINT purchase_order_lines_cost_ck CHECK (unit_cost >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS stock_counts (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    warehouse_id BIGINT UNSIGNED NOT NULL,
    counted_at   DATETIME(6)     NOT NULL,
    counted_by   VARCHAR(64)     NOT NULL,
    status       ENUM('open', 'reconciled') NOT NULL DEFAULT 'open',
    discrepancies JSON           NULL COMMENT 'Array of {sku, expected, counted}',
    PRIMARY KEY (id),
    KEY stock_counts_warehouse_idx (warehouse_id, counted_at),
    CONSTRAINT stock_counts_warehouse_fk FOREIGN KEY (warehouse_id)
        REFERENCES warehouses (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Cycle counts used to correct stock levels.';

-- Views ---------------------------------------------------------------------

CREATE OR REPLACE VIEW stock_levels AS
SELECT si.id                                       AS stock_item_id,
       si.product_id,
       si.sku,
       w.code                                      AS warehouse_code,
       si.warehouse_id,
       si.quantity_on_hand,
       si.quantity_reserved,
       si.quantity_on_hand - si.quantity_reserved  AS quantity_available,
       si.reorder_point
FROM stock_items si
JOIN warehouses w ON w.id = si.warehouse_id
WHERE w.is_active = 1;

CREATE OR REPLACE VIEW low_stock AS
SELECT sl.product_id,
       sl.sku,
       sl.warehouse_code,
       sl.quantity_available,
       sl.reorder_point
FROM stock_levels sl
WHERE sl.quantity_available <= sl.reorder_point;

-- Sample data ---------------------------------------------------------------

INSERT IGNORE INTO warehouses (id, code, name, country_code, city, timezone, is_active, created_at) VALUES
    (1, 'BER-1', 'Berlin Schoenefeld DC', 'DE', 'Schoenefeld', 'Europe/Berlin',    1, '2023-06-01 08:00:00.000000'),
    (2, 'RTM-1', 'Rotterdam Waalhaven',   'NL', 'Rotterdam',   'Europe/Amsterdam', 1, '2023-09-15 08:00:00.000000'),
    (3, 'LEJ-0', 'Leipzig overflow (closed)', 'DE', 'Leipzig', 'Europe/Berlin',    0, '2022-02-01 08:00:00.000000');

INSERT IGNORE INTO warehouse_locations (id, warehouse_id, bin_code, aisle, shelf, location_type) VALUES
    (1, 1, 'A-01-01', 'A', '01', 'pick'),
    (2, 1, 'A-01-02', 'A', '01', 'pick'),
    (3, 1, 'B-04-01', 'B', '04', 'bulk'),
    (4, 1, 'R-00-01', 'R', '00', 'returns'),
    (5, 2, 'A-01-01', 'A', '01', 'pick');

INSERT IGNORE INTO stock_items (id, product_id, warehouse_id, location_id, sku, quantity_on_hand, quantity_reserved, reorder_point, updated_at) VALUES
    (1,  1, 1, 1,    'BRW-AERO-01',  42,  0, 10, '2024-03-14 08:00:00.000000'),
    (2,  2, 1, 1,    'BRW-V60-02',   18,  1, 10, '2024-03-14 08:00:00.000000'),
    (3,  3, 1, 2,    'GRD-C40-MK4',   4,  0,  5, '2024-03-04 18:21:00.000000'),
    (4,  4, 1, 3,    'BEAN-ETH-1K',  60,  3, 20, '2024-03-15 20:10:05.000000'),
    (5,  5, 1, 2,    'KTL-GN-1L',    12,  0,  4, '2024-03-12 07:40:00.000000'),
    (6,  6, 1, 1,    'ACC-FLT-100', 200,  1, 50, '2024-03-14 08:00:00.000000'),
    (7,  7, 1, 2,    'ACC-SCL-01',    7,  0,  5, '2024-03-12 07:40:00.000000'),
    (8,  8, 1, 1,    'ACC-JUG-600',   9,  1, 10, '2024-03-14 08:00:00.000000'),
    (9,  1, 2, 5,    'BRW-AERO-01',  25,  0, 10, '2024-03-01 08:00:00.000000'),
    (10, 4, 2, NULL, 'BEAN-ETH-1K',  15,  0, 20, '2024-03-01 08:00:00.000000');

INSERT IGNORE INTO stock_movements (id, stock_item_id, movement_type, quantity, source_ref, note, created_by, created_at) VALUES
    (1, 4, 'receipt',   40, 'PO-2024-0007',        NULL,                   'wms',       '2024-02-28 07:30:00.000000'),
    (2, 1, 'shipment',  -1, 'DHL-00340434161094021', 'SO-2024-0001',       'wms',       '2024-03-03 12:40:00.000000'),
    (3, 6, 'shipment',  -2, 'DHL-00340434161094021', 'SO-2024-0001',       'wms',       '2024-03-03 12:40:00.000000'),
    (4, 3, 'shipment',  -1, 'CTT-RR123456789PT',   'SO-2024-0002',         'wms',       '2024-03-05 09:10:00.000000'),
    (5, 4, 'shipment',  -2, 'CTT-RR123456789PT',   'SO-2024-0002',         'wms',       '2024-03-05 09:10:00.000000'),
    (6, 4, 'return',     1, 'RMA-24-0001',         'Unopened, back to stock', 'returns-desk', '2024-03-12 15:30:00.000000'),
    (7, 8, 'adjustment', -1, 'COUNT-2024-03-01',   'Dented jug written off', 'j.meyer', '2024-03-01 18:00:00.000000');

INSERT IGNORE INTO reservations (id, stock_item_id, order_id, quantity, status, expires_at, created_at) VALUES
    (1, 2, 4, 1, 'committed', NULL,                         '2024-03-13 14:40:05.000000'),
    (2, 6, 4, 1, 'committed', NULL,                         '2024-03-13 14:40:05.000000'),
    (3, 8, 4, 1, 'committed', NULL,                         '2024-03-13 14:40:05.000000'),
    (4, 4, 5, 3, 'held',      '2024-03-17 20:10:05.000000', '2024-03-15 20:10:05.000000'),
    (5, 1, 6, 1, 'released',  NULL,                         '2024-03-06 11:00:05.000000');

INSERT IGNORE INTO suppliers (id, name, contact_email, country_code, external_id, lead_time_days, notes) VALUES
    (1, 'Kaffeeroesterei Nord GmbH', 'orders@roesterei-nord.example', 'DE', 'KRED-70012', 5,  'Green and roasted beans, weekly delivery on Tuesdays.'),
    (2, 'Brew Gear Distribution BV', 'sales@brewgear.example',        'NL', 'KRED-70031', 10, 'Brewing equipment and filters. Minimum order 500 EUR.'),
    (3, 'Precision Scales Ltd',      NULL,                            'GB', NULL,         21, 'Scales and timers. Ships from UK, customs paperwork required.');

INSERT IGNORE INTO purchase_orders (id, po_number, supplier_id, warehouse_id, status, currency, ordered_at, expected_at) VALUES
    (1, 'PO-2024-0007', 1, 1, 'received', 'EUR', '2024-02-22 10:00:00.000000', '2024-02-28'),
    (2, 'PO-2024-0011', 2, 1, 'sent',     'EUR', '2024-03-11 09:00:00.000000', '2024-03-21'),
    (3, 'PO-2024-0012', 3, 2, 'draft',    'EUR', NULL,                         NULL);

INSERT IGNORE INTO purchase_order_lines (purchase_order_id, line_no, product_id, quantity_ordered, quantity_received, unit_cost) VALUES
    (1, 1, 4, 40, 40, 14.20),
    (2, 1, 2, 24,  0, 11.50),
    (2, 2, 6, 300, 0,  2.10),
    (2, 3, 5, 10,  0, 31.00),
    (3, 1, 7, 15,  0, 17.80);

INSERT IGNORE INTO stock_counts (id, warehouse_id, counted_at, counted_by, status, discrepancies) VALUES
    (1, 1, '2024-03-01 17:30:00.000000', 'j.meyer', 'reconciled', '[{"sku": "ACC-JUG-600", "expected": 10, "counted": 9}]');

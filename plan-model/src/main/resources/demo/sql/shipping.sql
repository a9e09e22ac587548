-- Phaseshift demo estate: shipping service (database shop_shipping).
-- Engine: MariaDB 10.11 / MySQL 8 (InnoDB, utf8mb4).
-- Owns carriers and their services, rate tables, pickup points, delivery addresses,
-- shipments with their items and parcels, and carrier tracking events.

CREATE TABLE IF NOT EXISTS carriers (
    id                    BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    code                  VARCHAR(16)     NOT NULL,
    name                  VARCHAR(100)    NOT NULL,
    tracking_url_template VARCHAR(255)    NULL COMMENT 'URL with a {tracking_number} placeholder',
    is_active             TINYINT(1)      NOT NULL DEFAULT 1,
    created_at            DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY carriers_code_uq (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS carrier_services (
    id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    carrier_id       BIGINT UNSIGNED NOT NULL,
    code             VARCHAR(32)     NOT NULL,
    name             VARCHAR(100)    NOT NULL,
    max_weight_grams INT             NOT NULL,
    transit_days_min TINYINT         NOT NULL DEFAULT 1,
    transit_days_max TINYINT         NOT NULL DEFAULT 3,
    PRIMARY KEY (id),
    UNIQUE KEY carrier_services_code_uq (carrier_id, code),
    CONSTRAINT carrier_services_carrier_fk FOREIGN KEY (carrier_id)
        REFERENCES carriers (id) ON DELETE CASCADE,
    CONSTRAINT carrier_services_weight_ck CHECK (max_weight_grams > 0),
    CONSTRAINT carrier_services_transit_ck CHECK (transit_days_min <= transit_days_max)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS shipping_rates (
    id                 BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    carrier_service_id BIGINT UNSIGNED NOT NULL,
    country_code       CHAR(2)         NOT NULL,
    min_weight_grams   INT             NOT NULL DEFAULT 0,
    max_weight_grams   INT             NOT NULL,
    price              DECIMAL(12,2)   NOT NULL,
    currency           CHAR(3)         NOT NULL DEFAULT 'EUR',
    PRIMARY KEY (id),
    UNIQUE KEY shipping_rates_band_uq (carrier_service_id, country_code, min_weight_grams),
    CONSTRAINT shipping_rates_service_fk FOREIGN KEY (carrier_service_id)
        REFERENCES carrier_services (id) ON DELETE CASCADE,
    CONSTRAINT shipping_rates_band_ck CHECK (min_weight_grams >= 0 AND max_weight_grams > min_weight_grams),
    CONSTRAINT shipping_rates_price_ck CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Price per carrier service, destination country and weight band.';

CREATE TABLE IF NOT EXISTS pickup_points (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    carrier_id   BIGINT UNSIGNED NOT NULL,
    external_id  VARCHAR(64)     NOT NULL COMMENT 'Location id in the carrier API',
    name         VARCHAR(150)    NOT NULL,
    line1        VARCHAR(200)    NOT NULL,
    city         VARCHAR(100)    NOT NULL,
    postal_code  VARCHAR(20)     NOT NULL,
    country_code CHAR(2)         NOT NULL,
    latitude     DECIMAL(9,6)    NULL,
    longitude    DECIMAL(9,6)    NULL,
    opening_hours JSON           NULL,
    PRIMARY KEY (id),
    UNIQUE KEY pickup_points_carrier_external_uq (carrier_id, external_id),
    KEY pickup_points_postal_idx (country_code, postal_code),
    CONSTRAINT pickup_points_carrier_fk FOREIGN KEY (carrier_id)
        REFERENCES carriers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS shipping_addresses (
    id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    customer_id    BIGINT          NOT NULL COMMENT 'customers.customers.id in shop_customers',
    recipient_name VARCHAR(200)    NOT NULL,
    line1          VARCHAR(200)    NOT NULL,
    line2          VARCHAR(200)    NULL,
    city           VARCHAR(100)    NOT NULL,
    postal_code    VARCHAR(20)     NOT NULL,
    country_code   CHAR(2)         NOT NULL,
    phone          VARCHAR(32)     NULL,
    created_at     DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY shipping_addresses_customer_idx (customer_id),
    KEY shipping_addresses_recipient_idx (recipient_name(32))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Delivery addresses copied from customers at checkout.';

CREATE TABLE IF NOT EXISTS shipments (
    id                  BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    order_id            BIGINT          NOT NULL COMMENT 'orders.orders.id in shop_orders',
    warehouse_id        BIGINT UNSIGNED NOT NULL COMMENT 'inventory.warehouses.id in shop_inventory',
    shipping_address_id BIGINT UNSIGNED NOT NULL,
    carrier_id          BIGINT UNSIGNED NULL,
    carrier_service_id  BIGINT UNSIGNED NULL,
    pickup_point_id     BIGINT UNSIGNED NULL,
    status              ENUM('pending', 'label_created', 'in_transit', 'delivered', 'returned', 'lost') NOT NULL DEFAULT 'pending',
    tracking_number     VARCHAR(64)     NULL,
    carrier_ref         VARCHAR(64)     NULL COMMENT 'Consignment reference assigned by the carrier',
    shipping_cost       DECIMAL(12,2)   NOT NULL DEFAULT 0.00,
    weight_grams        INT             NULL,
    shipped_at          DATETIME(6)     NULL,
    delivered_at        DATETIME(6)     NULL,
    created_at          DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY shipments_tracking_uq (carrier_id, tracking_number),
    KEY shipments_order_idx (order_id),
    KEY shipments_status_created_idx (status, created_at),
    CONSTRAINT shipments_address_fk FOREIGN KEY (shipping_address_id)
        REFERENCES shipping_addresses (id) ON DELETE RESTRICT,
    CONSTRAINT shipments_carrier_fk FOREIGN KEY (carrier_id)
        REFERENCES carriers (id) ON DELETE SET NULL,
    CONSTRAINT shipments_service_fk FOREIGN KEY (carrier_service_id)
        REFERENCES carrier_services (id) ON DELETE SET NULL,
    CONSTRAINT shipments_pickup_point_fk FOREIGN KEY (pickup_point_id)
        REFERENCES pickup_points (id) ON DELETE SET NULL,
    CONSTRAINT shipments_cost_ck CHECK (shipping_cost >= 0),
    CONSTRAINT shipments_weight_ck CHECK (weight_grams IS NULL OR weight_grams > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS shipment_items (
    shipment_id   BIGINT UNSIGNED NOT NULL,
    order_item_id BIGINT          NOT NULL COMMENT 'orders.order_items.id in shop_orders',
    sku           VARCHAR(40)     NOT NULL,
    quantity      INT             NOT NULL,
    PRIMARY KEY (shipment_id, order_item_id),
    KEY shipment_items_order_item_idx (order_item_id),
    CONSTRAINT shipment_items_shipment_fk FOREIGN KEY (shipment_id)
        REFERENCES shipments (id) ON DELETE CASCADE,
    CONSTRAINT shipment_items_quantity_ck CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS packages (
    id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    shipment_id  BIGINT UNSIGNED NOT NULL,
    length_mm    INT             NOT NULL,
    width_mm     INT             NOT NULL,
    height_mm    INT             NOT NULL,
    weight_grams INT             NOT NULL,
    label_url    VARCHAR(500)    NULL,
    PRIMARY KEY (id),
    KEY packages_shipment_idx (shipment_id),
    CONSTRAINT packages_shipment_fk FOREIGN KEY (shipment_id)
        REFERENCES shipments (id) ON DELETE CASCADE,
    CONSTRAINT packages_dimensions_ck CHECK (length_mm > 0 AND width_mm > 0 AND height_mm > 0 AND weight_grams > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS tracking_events (
    id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    shipment_id BIGINT UNSIGNED NOT NULL,
    event_code  VARCHAR(32)     NOT NULL,
    description VARCHAR(255)    NULL,
    location    VARCHAR(100)    NULL,
    occurred_at DATETIME(6)     NOT NULL,
    received_at DATETIME(6)     NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    raw_payload JSON            NULL COMMENT 'Webhook body as sent by the carrier',
    PRIMARY KEY (id),
    KEY tracking_events_shipment_time_idx (shipment_id, occurred_at),
    CONSTRAINT tracking_events_shipment_fk FOREIGN KEY (shipment_id)
        REFERENCES shipments (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Views ---------------------------------------------------------------------

CREATE OR REPLACE VIEW shipment_overview AS
SELECT s.id              AS shipment_id,
       s.order_id,
       a.customer_id,
       s.status,
       c.code            AS carrier_code,
       cs.name           AS service_name,
       s.tracking_number,
       a.country_code    AS destination_country,
       s.shipped_at,
       s.delivered_at,
       (SELECT MAX(te.occurred_at) FROM tracking_events te WHERE te.shipment_id = s.id) AS last_event_at
FROM shipments s
JOIN shipping_addresses a ON a.id = s.shipping_address_id
LEFT JOIN carriers c ON c.id = s.carrier_id
LEFT JOIN carrier_services cs ON cs.id = s.carrier_service_id;

CREATE OR REPLACE VIEW in_transit_shipments AS
SELECT so.shipment_id,
       so.order_id,
       so.carrier_code,
       so.tracking_number,
       so.shipped_at,
       so.last_event_at
FROM shipment_overview so
WHERE so.status = 'in_transit';

-- Sample data ---------------------------------------------------------------

INSERT IGNORE INTO carriers (id, code, name, tracking_url_template, is_active) VALUES
    (1, 'DHL',  'DHL Paket',       'https://track.dhl.example/?piececode={tracking_number}', 1),
    (2, 'CTT',  'CTT Expresso',    'https://ctt.example/track/{tracking_number}',            1),
    (3, 'PNL',  'PostNL',          'https://postnl.example/tt/{tracking_number}',            1),
    (4, 'HERM', 'Hermes (legacy)', NULL,                                                      0);

INSERT IGNORE INTO carrier_services (id, carrier_id, code, name, max_weight_grams, transit_days_min, transit_days_max) VALUES
    (1, 1, 'PAKET',     'DHL Paket',            31500, 1, 2),
    (2, 1, 'PAKET_INT', 'DHL Paket International', 31500, 2, 5),
    (3, 2, 'EMS',       'CTT EMS International', 30000, 3, 6),
    (4, 3, 'PARCEL_EU', 'PostNL Parcel EU',     23000, 2, 4);

INSERT IGNORE INTO shipping_rates (id, carrier_service_id, country_code, min_weight_grams, max_weight_grams, price, currency) VALUES
    (1, 1, 'DE',    0,  5000,  4.90, 'EUR'),
    (2, 1, 'DE', 5000, 31500,  7.90, 'EUR'),
    (3, 2, 'AT',    0,  5000,  4.90, 'EUR'),
    (4, 2, 'DK',    0,  5000,  4.90, 'EUR'),
    (5, 3, 'PT',    0,  5000,  9.50, 'EUR'),
    (6, 4, 'NL',    0,  5000,  4.90, 'EUR');

INSERT IGNORE INTO pickup_points (id, carrier_id, external_id, name, line1, city, postal_code, country_code, latitude, longitude, opening_hours) VALUES
    (1, 1, '8003-4102938', 'Packstation 128',      'Schoenhauser Allee 80', 'Berlin',    '10439',   'DE', 52.546310, 13.412440, '{"mon-sun": "00:00-24:00"}'),
    (2, 3, 'NL-307712',    'PostNL Punt Primera',  'Nieuwe Binnenweg 120', 'Rotterdam', '3015 BE', 'NL', 51.913520,  4.466330, '{"mon-fri": "09:00-18:00", "sat": "10:00-17:00"}');

INSERT IGNORE INTO shipping_addresses (id, customer_id, recipient_name, line1, line2, city, postal_code, country_code, phone, created_at) VALUES
    (1, 1, 'Alice Novak', 'Kastanienallee 12',      'Hinterhaus, 3. OG', 'Berlin',    '10435',    'DE', '+49 30 5550101',  '2024-03-02 10:15:05.000000'),
    (2, 2, 'Bruno Silva', 'Rua da Prata 140',       '2 Esq',             'Lisboa',    '1100-419', 'PT', '+351 21 5550102', '2024-03-04 18:20:05.000000'),
    (3, 1, 'Alice Novak', 'Friedrichstrasse 68',    NULL,                'Berlin',    '10117',    'DE', '+49 30 5550101',  '2024-03-10 09:05:05.000000'),
    (4, 3, 'Chen Wei',    'Witte de Withstraat 51', NULL,                'Rotterdam', '3012 BN',  'NL', '+31 10 5550103',  '2024-03-13 14:40:05.000000'),
    (5, 4, 'Dana Okafor', 'Neubaugasse 7',          'Top 12',            'Wien',      '1070',     'AT', '+43 1 5550104',   '2024-03-15 20:10:05.000000');

INSERT IGNORE INTO shipments (id, order_id, warehouse_id, shipping_address_id, carrier_id, carrier_service_id, pickup_point_id, status, tracking_number, carrier_ref, shipping_cost, weight_grams, shipped_at, delivered_at, created_at, updated_at) VALUES
    (1, 1, 1, 1, 1,    1,    NULL, 'delivered',     '00340434161094021', 'DHL-CN-88123401', 4.90, 680,  '2024-03-03 13:00:00.000000', '2024-03-05 09:30:00.000000', '2024-03-02 16:00:00.000000', '2024-03-05 09:30:00.000000'),
    (2, 2, 1, 2, 2,    3,    NULL, 'delivered',     'RR123456789PT',     NULL,              9.50, 2750, '2024-03-05 09:30:00.000000', '2024-03-07 11:00:00.000000', '2024-03-04 20:00:00.000000', '2024-03-07 11:00:00.000000'),
    (3, 3, 1, 3, 1,    1,    1,    'in_transit',    '00340434161094038', 'DHL-CN-88127755', 0.00, 1290, '2024-03-12 07:45:00.000000', NULL,                         '2024-03-11 15:00:00.000000', '2024-03-12 07:45:00.000000'),
    (4, 4, 2, 4, 3,    4,    2,    'label_created', '3SABCD1234567',     NULL,              4.90, 980,  NULL,                         NULL,                         '2024-03-14 08:05:00.000000', '2024-03-14 08:05:00.000000'),
    (5, 5, 1, 5, NULL, NULL, NULL, 'pending',       NULL,                NULL,              4.90, NULL, NULL,                         NULL,                         '2024-03-15 20:10:10.000000', '2024-03-15 20:10:10.000000');

INSERT IGNORE INTO shipment_items (shipment_id, order_item_id, sku, quantity) VALUES
    (1, 1,  'BRW-AERO-01', 1),
    (1, 2,  'ACC-FLT-100', 2),
    (2, 3,  'GRD-C40-MK4', 1),
    (2, 4,  'BEAN-ETH-1K', 2),
    (3, 5,  'KTL-GN-1L',   1),
    (3, 6,  'ACC-SCL-01',  1),
    (4, 7,  'BRW-V60-02',  1),
    (4, 8,  'ACC-FLT-100', 1),
    (4, 9,  'ACC-JUG-600', 1),
    (5, 10, 'BEAN-ETH-1K', 3);

INSERT IGNORE INTO packages (id, shipment_id, length_mm, width_mm, height_mm, weight_grams, label_url) VALUES
    (1, 1, 250, 175, 100,  680, 'https://labels.shop.example/1.pdf'),
    (2, 2, 350, 250, 150, 2750, 'https://labels.shop.example/2.pdf'),
    (3, 3, 300, 300, 200, 1290, 'https://labels.shop.example/3.pdf'),
    (4, 4, 300, 200, 150,  980, 'https://labels.shop.example/4.pdf');

INSERT IGNORE INTO tracking_events (id, shipment_id, event_code, description, location, occurred_at, received_at, raw_payload) VALUES
    (1, 1, 'PICKED_UP',  'Shipment picked up',          'Schoenefeld', '2024-03-03 13:00:00.000000', '2024-03-03 13:02:11.000000', '{"status": "pre-transit"}'),
    (2, 1, 'OUT_FOR_DEL', 'Out for delivery',           'Berlin',      '2024-03-05 07:10:00.000000', '2024-03-05 07:11:40.000000', NULL),
    (3, 1, 'DELIVERED',  'Delivered to recipient',      'Berlin',      '2024-03-05 09:30:00.000000', '2024-03-05 09:31:02.000000', '{"signed_by": "NOVAK"}'),
    (4, 2, 'DELIVERED',  'Entregue',                    'Lisboa',      '2024-03-07 11:00:00.000000', '2024-03-07 11:20:00.000000', NULL),
    (5, 3, 'PICKED_UP',  'Shipment picked up',          'Schoenefeld', '2024-03-12 07:45:00.000000', '2024-03-12 07:46:30.000000', NULL),
    (6, 3, 'HUB_SCAN',   'Arrived at parcel centre',    'Berlin-Ost',  '2024-03-12 21:15:00.000000', '2024-03-12 21:16:05.000000', NULL);

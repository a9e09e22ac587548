-- V40: shipments belong to a carrier (MariaDB creates the inline key)
SET SESSION lock_wait_timeout = 5;
CREATE TABLE IF NOT EXISTS shipments (
    id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
    carrier_id bigint NOT NULL REFERENCES carriers (id),
    shipped_at datetime(6) NULL
);

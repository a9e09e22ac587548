-- V40: shipments belong to a carrier, the key declared as its own clause
SET SESSION lock_wait_timeout = 5;
CREATE TABLE IF NOT EXISTS shipments (
    id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
    carrier_id bigint NOT NULL,
    shipped_at datetime(6) NULL,
    CONSTRAINT shipments_carrier_fk FOREIGN KEY (carrier_id) REFERENCES carriers (id)
);

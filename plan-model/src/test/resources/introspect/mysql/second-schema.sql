-- A second database of the same service, referencing the first one (${main}).
CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY,
    order_id BIGINT NOT NULL,
    CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES `${main}`.orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE VIEW invoiced_orders AS
    SELECT i.id AS invoice_id, o.gross FROM invoices i JOIN `${main}`.orders o ON o.id = i.order_id;

-- V97: a new table's index, and a column added in place with writes passing
SET SESSION lock_wait_timeout = 5;
CREATE TABLE IF NOT EXISTS gift_cards (id bigint PRIMARY KEY, body text NULL) ENGINE=InnoDB;
ALTER TABLE gift_cards ADD FULLTEXT INDEX gift_cards_body_ft (body), LOCK=SHARED;
ALTER TABLE order_lines ADD COLUMN gift_card_id bigint NULL, ALGORITHM=NOCOPY, LOCK=NONE;

-- V53: compress the order notes, then reclaim the space of the purged ones
SET SESSION lock_wait_timeout = 5;
ALTER TABLE order_notes ROW_FORMAT=COMPRESSED, KEY_BLOCK_SIZE=8;
OPTIMIZE TABLE order_notes;

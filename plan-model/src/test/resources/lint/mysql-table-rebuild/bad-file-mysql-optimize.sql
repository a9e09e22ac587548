-- V61: give back the space of the order notes purged last night
SET SESSION lock_wait_timeout = 5;
OPTIMIZE TABLE order_notes;

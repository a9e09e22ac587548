-- V64: give back the space of the notes and events purged last night
SET SESSION lock_wait_timeout = 5;
OPTIMIZE NO_WRITE_TO_BINLOG TABLE order_notes, order_events;

-- V73: split the last audit partition and merge two hash partitions; MySQL 8.0 moves the rows in place, but
-- writes wait until every row has moved
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries REORGANIZE PARTITION pmax INTO (PARTITION p2025 VALUES LESS THAN (2026),
  PARTITION pmax VALUES LESS THAN MAXVALUE);
ALTER TABLE audit_hashed COALESCE PARTITION 2;

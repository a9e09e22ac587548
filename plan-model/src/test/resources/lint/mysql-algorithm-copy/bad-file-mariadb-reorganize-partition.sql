-- V73: split the last audit partition; MariaDB copies its rows with writes waiting
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries REORGANIZE PARTITION pmax INTO (PARTITION p2025 VALUES LESS THAN (2026),
  PARTITION pmax VALUES LESS THAN MAXVALUE);

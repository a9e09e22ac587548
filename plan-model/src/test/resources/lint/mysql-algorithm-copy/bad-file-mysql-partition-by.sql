-- V72: partition the audit entries by quarter, and take the partitioning off the archive
SET SESSION lock_wait_timeout = 5;
ALTER TABLE audit_entries PARTITION BY RANGE (id) (PARTITION p0 VALUES LESS THAN (1000000),
  PARTITION p1 VALUES LESS THAN MAXVALUE);
ALTER TABLE audit_archive REMOVE PARTITIONING;

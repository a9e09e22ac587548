-- V92: next year's partition; creating it takes ACCESS EXCLUSIVE on the partitioned parent
CREATE TABLE IF NOT EXISTS events_2027 PARTITION OF events FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');

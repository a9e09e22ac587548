-- V100: a leftover invalid index from a failed run is dropped before the index is built again
SET lock_timeout = '5s';
DROP INDEX CONCURRENTLY IF EXISTS orders_channel_idx;
CREATE INDEX CONCURRENTLY orders_channel_idx ON orders (channel);

-- V100: IF NOT EXISTS is no retry guard for a concurrent build: a failed one leaves an invalid index behind
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_placed_idx ON orders (placed_at);
CREATE INDEX CONCURRENTLY orders_channel_idx ON orders (channel);

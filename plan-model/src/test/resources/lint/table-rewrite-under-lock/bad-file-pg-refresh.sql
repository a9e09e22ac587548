-- V80: the revenue report shows today's orders
SET lock_timeout = '5s';
SET statement_timeout = '10min';
REFRESH MATERIALIZED VIEW daily_revenue;

-- V81: the revenue report shows today's orders, while dashboards keep reading it
SET lock_timeout = '5s';
SET statement_timeout = '10min';
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue;

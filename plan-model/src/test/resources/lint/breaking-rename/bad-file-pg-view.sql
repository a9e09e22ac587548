-- V62: the reporting view gets the name the new dashboards use
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER VIEW order_totals RENAME TO order_revenue;

-- V82: clearer names for the pricing functions; the domain goes with them
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER FUNCTION price_with_tax(numeric, text) RENAME TO gross_price;
ALTER DOMAIN money_amount RENAME TO amount;

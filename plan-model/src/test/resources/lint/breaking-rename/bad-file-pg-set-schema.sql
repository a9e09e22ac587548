-- V81: finished invoices live in the archive schema from now on
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER TABLE billing.invoices_2019 SET SCHEMA archive;

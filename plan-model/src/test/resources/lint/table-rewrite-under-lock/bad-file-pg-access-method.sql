-- V90: audit rows move to the columnar access method
SET lock_timeout = '5s';
SET statement_timeout = '30min';
ALTER TABLE audit_events SET ACCESS METHOD columnar;

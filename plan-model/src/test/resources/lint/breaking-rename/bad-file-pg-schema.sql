-- V63: the schema follows the team's new name
SET lock_timeout = '5s';
SET statement_timeout = '2min';
ALTER SCHEMA sales RENAME TO commerce;

-- V66: every order gets the default channel, in one statement
SET lock_timeout = '5s';
SET statement_timeout = '2min';
UPDATE orders SET channel = 'web';

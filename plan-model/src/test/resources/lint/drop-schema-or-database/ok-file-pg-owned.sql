-- V91: the importer's tables belong to the service owner from now on
SET lock_timeout = '5s';
SET statement_timeout = '2min';
REASSIGN OWNED BY legacy_importer TO orders_owner;

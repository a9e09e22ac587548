-- V90: the legacy importer is retired
SET lock_timeout = '5s';
SET statement_timeout = '2min';
DROP OWNED BY legacy_importer, legacy_reports CASCADE;

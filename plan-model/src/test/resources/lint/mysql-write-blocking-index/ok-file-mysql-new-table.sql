-- V61: the articles table is new in this migration, so nothing waits for its indexes
SET SESSION lock_wait_timeout = 5;
CREATE TABLE help_articles (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, title varchar(200) NOT NULL,
  body text NOT NULL, location point NOT NULL SRID 4326);
ALTER TABLE help_articles ADD FULLTEXT INDEX help_articles_body_ft (body);
CREATE FULLTEXT INDEX help_articles_title_ft ON help_articles (title);
CREATE SPATIAL INDEX help_articles_location_sp ON help_articles (location);

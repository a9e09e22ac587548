-- V61: search the help articles by their text
SET SESSION lock_wait_timeout = 5;
ALTER TABLE help_articles ADD FULLTEXT INDEX help_articles_body_ft (body);

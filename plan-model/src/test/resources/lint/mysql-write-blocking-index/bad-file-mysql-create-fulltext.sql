-- V62: the same search, written as CREATE INDEX, which the server runs as ALTER TABLE ... ADD
SET SESSION lock_wait_timeout = 5;
CREATE FULLTEXT INDEX help_articles_title_ft ON help_articles (title);

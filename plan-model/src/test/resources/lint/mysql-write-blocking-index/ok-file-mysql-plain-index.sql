-- V64: plain secondary indexes are built while writes go on
SET SESSION lock_wait_timeout = 5;
ALTER TABLE help_articles ADD INDEX help_articles_title_idx (title);
CREATE INDEX help_articles_created_idx ON help_articles (created_at);

-- V61: search the help articles by their text
SET SESSION lock_wait_timeout = 5;
ALTER TABLE help_articles ADD FULLTEXT INDEX help_articles_body_ft (body);
-- the second FULLTEXT index finds FTS_DOC_ID there: no rebuild, but writes still wait for the build
ALTER TABLE help_articles ADD FULLTEXT INDEX help_articles_summary_ft (summary);

-- Duplicate emails, so that CREATE UNIQUE INDEX CONCURRENTLY fails and leaves an INVALID index behind.
CREATE TABLE public.accounts (id int PRIMARY KEY, email text NOT NULL);
INSERT INTO public.accounts VALUES (1, 'ada@example.com'), (2, 'ada@example.com');

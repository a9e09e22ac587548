--
-- PostgreSQL database dump
--

\restrict Xy12AbCdEfGh

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Name: shop; Type: SCHEMA; Schema: -; Owner: alice
--

CREATE SCHEMA shop;


ALTER SCHEMA shop OWNER TO alice;

--
-- Name: items; Type: TABLE; Schema: shop; Owner: alice
--

CREATE TABLE shop.items (
    id bigint NOT NULL,
    owner_note text DEFAULT 'OWNER TO nobody'::text
);


ALTER TABLE shop.items OWNER TO alice;

--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: shop; Owner: alice
--

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

COMMENT ON TABLE shop.items IS 'copied from pstest_source_1_abc, not pstest_source_1_abcd';

--
-- PostgreSQL database dump complete
--

\unrestrict Xy12AbCdEfGh

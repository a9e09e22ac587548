--
-- PostgreSQL database dump
--



SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);

--
-- Name: shop; Type: SCHEMA; Schema: -
--

CREATE SCHEMA shop;



--
-- Name: items; Type: TABLE; Schema: shop
--

CREATE TABLE shop.items (
    id bigint NOT NULL,
    owner_note text DEFAULT 'OWNER TO nobody'::text
);



--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: shop
--

ALTER TABLE ONLY shop.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (id);

COMMENT ON TABLE shop.items IS 'copied from <database>, not pstest_source_1_abcd';

--
-- PostgreSQL database dump complete
--


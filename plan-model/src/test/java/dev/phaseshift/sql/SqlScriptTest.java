package dev.phaseshift.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlScriptTest {
    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = """
                -- header; not a statement
                CREATE TABLE a (x text DEFAULT 'a;b');
                /* block; comment */ INSERT INTO "we;ird" VALUES (1);
                SELECT `x;y` FROM t;""";
        List<SqlStatement> statements = SqlScript.split(script);
        assertThat(statements).extracting(SqlStatement::text).containsExactly(
                "CREATE TABLE a (x text DEFAULT 'a;b')",
                "INSERT INTO \"we;ird\" VALUES (1)",
                "SELECT `x;y` FROM t");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 3, 4);
    }

    @Test
    void readsAPgDumpScriptAsPsqlDoes() {
        String script = "\\restrict abc123\n"
                + "SET lock_timeout = 0;\n"
                + "COPY public.orders (id, note) FROM stdin;\n"
                + "1\tcheap; and cheerful\n"
                + "2\t\\N\n"
                + "\\.\n"
                + "SELECT pg_catalog.setval('orders_id_seq', 2, true);\n"
                + "\\unrestrict abc123\n";
        List<SqlStatement> statements = SqlScript.split(script);
        assertThat(statements).extracting(SqlStatement::text).containsExactly("\\restrict abc123",
                "SET lock_timeout = 0", "COPY public.orders (id, note) FROM stdin",
                "SELECT pg_catalog.setval('orders_id_seq', 2, true)", "\\unrestrict abc123");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 3, 7, 8);
    }

    @Test
    void readsAMysqldumpScriptAsTheMysqlClientDoes() {
        String script = "/*M!999999\\- enable the sandbox mode */ \n"
                + "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n"
                + "/*!50001 CREATE VIEW `low_stock` AS SELECT 1 AS `x` */;\n"
                + "DELIMITER ;;\n"
                + "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`%`*/ /*!50003 TRIGGER items_bi BEFORE INSERT ON items\n"
                + "FOR EACH ROW BEGIN SET NEW.qty = 1; SET NEW.note = 'a;b'; END */;;\n"
                + "delimiter ;\n"
                + "ALTER TABLE items ADD COLUMN c int; -- a comment; not a statement\n";
        List<SqlStatement> statements = SqlScript.split(script);
        assertThat(statements).extracting(s -> s.text().replaceAll("\\s+", " ")).containsExactly(
                "SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0",
                "CREATE VIEW `low_stock` AS SELECT 1 AS `x`",
                "CREATE DEFINER=`root`@`%` TRIGGER items_bi BEFORE INSERT ON items FOR EACH ROW BEGIN SET NEW.qty = 1; "
                        + "SET NEW.note = 'a;b'; END",
                "ALTER TABLE items ADD COLUMN c int");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 3, 5, 8);
    }

    @Test
    void keepsDollarQuotedBodiesWhole() {
        String script = """
                DO $$ BEGIN
                  CREATE TYPE mood AS ENUM ('sad', 'ok');
                EXCEPTION WHEN duplicate_object THEN NULL;
                END $$;
                CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;
                SELECT $1;
                """;
        List<SqlStatement> statements = SqlScript.split(script);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).text()).startsWith("DO $$").endsWith("END $$");
        assertThat(statements.get(1).text()).contains("$body$ SELECT 1; $body$");
        assertThat(statements.get(1).line()).isEqualTo(5);
        assertThat(statements.get(2).text()).isEqualTo("SELECT $1");
    }

    @Test
    void doubledQuotesAndBackslashEscapesStayInsideStrings() {
        List<SqlStatement> statements = SqlScript.split("SELECT 'it''s; fine';\nSELECT 'a\\';b';\n");
        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("SELECT 'it''s; fine'", "SELECT 'a\\';b'");
    }

    @Test
    void anEmptyOrCommentOnlyScriptHasNoStatements() {
        assertThat(SqlScript.split("")).isEmpty();
        assertThat(SqlScript.split("-- nothing\n/* at all */\n;;\n")).isEmpty();
    }
}

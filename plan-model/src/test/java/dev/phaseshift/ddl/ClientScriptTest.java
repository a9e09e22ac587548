package dev.phaseshift.ddl;

import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientScriptTest {

    private static final String TRIGGER = "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW\nBEGIN\n"
            + "    SET NEW.x = 1;\n    SET NEW.y = 2;\nEND";

    @Test
    void mysqlWrapsOnlyStatementsWithSemicolonsInDelimiterLines() {
        String script = ClientScript.of(Engine.MYSQL, List.of("CREATE TABLE a (x int, y int)", TRIGGER));

        assertThat(script).isEqualTo("CREATE TABLE a (x int, y int);\n\n"
                + "DELIMITER $$\n" + TRIGGER + "$$\nDELIMITER ;\n\n");
    }

    @Test
    void mysqlPicksADelimiterTheBodyDoesNotContain() {
        String body = "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW SET NEW.note = '$$ and // and ;;'";

        assertThat(ClientScript.of(Engine.MYSQL, List.of(body)))
                .isEqualTo("DELIMITER $$$\n" + body + "$$$\nDELIMITER ;\n\n");
    }

    @Test
    void postgresqlLeavesDollarQuotedBodiesToPsql() {
        String function = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$";

        assertThat(ClientScript.of(Engine.POSTGRESQL, List.of(function))).isEqualTo(function + ";\n\n");
    }
}

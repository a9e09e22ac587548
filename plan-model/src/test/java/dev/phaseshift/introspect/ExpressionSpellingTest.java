package dev.phaseshift.introspect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the introspectors bring server spellings of expressions to one form. */
class ExpressionSpellingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "(`net` >= 0) | `net` >= 0",
            "`net` >= 0 | `net` >= 0",
            "((`a` > 0) and (`b` > 0)) | (`a` > 0) and (`b` > 0)",
            "(`a` > 0) and (`b` > 0) | (`a` > 0) and (`b` > 0)",
            "(`status` in (_utf8mb4\\'new\\',_utf8mb4\\'paid\\')) | `status` in ('new','paid')",
            "(`x` <> ')(') | `x` <> ')('",
    })
    void mySqlChecksAndGenerationExpressions(String reported, String normalized) {
        assertThat(MySqlIntrospector.normalizeExpression(reported)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "current_timestamp() | CURRENT_TIMESTAMP",
            "CURRENT_TIMESTAMP | CURRENT_TIMESTAMP",
            "current_timestamp(3) | CURRENT_TIMESTAMP(3)",
            "now() | CURRENT_TIMESTAMP",
            "uuid() | uuid()",
    })
    void mySqlTimestampDefaults(String reported, String normalized) {
        assertThat(MySqlIntrospector.normalizeTimestamp(reported)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE TRIGGER t BEFORE UPDATE ON app.o FOR EACH ROW WHEN ((old.a IS DISTINCT FROM new.a)) EXECUTE "
                    + "FUNCTION app.f() | (old.a IS DISTINCT FROM new.a)",
            "CREATE TRIGGER t AFTER INSERT ON app.o FOR EACH ROW WHEN (new.note <> ')') EXECUTE FUNCTION app.f() "
                    + "| new.note <> ')'",
    })
    void postgresTriggerConditions(String definition, String condition) {
        assertThat(PostgresIntrospector.whenCondition(definition)).isEqualTo(condition);
    }

    @org.junit.jupiter.api.Test
    void postgresTriggerWithoutCondition() {
        assertThat(PostgresIntrospector.whenCondition(
                "CREATE TRIGGER t AFTER INSERT ON app.o FOR EACH ROW EXECUTE FUNCTION app.f('WHEN (')")).isNull();
    }
}

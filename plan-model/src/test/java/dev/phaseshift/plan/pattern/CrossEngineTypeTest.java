package dev.phaseshift.plan.pattern;

import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Column types of a moved table on the other engine, and the ones that have no faithful counterpart. */
class CrossEngineTypeTest {
    @Test
    void mysqlTypesOnPostgres() {
        assertThat(CrossEngineType.map(Engine.MYSQL, Engine.POSTGRESQL, "bigint(20) unsigned")).hasValue("bigint");
        assertThat(CrossEngineType.map(Engine.MYSQL, Engine.POSTGRESQL, "int(10) unsigned")).hasValue("bigint");
        assertThat(CrossEngineType.map(Engine.MYSQL, Engine.POSTGRESQL, "tinyint(1)")).hasValue("boolean");
        assertThat(CrossEngineType.map(Engine.MYSQL, Engine.POSTGRESQL, "datetime(6)")).hasValue("timestamp(6)");
        assertThat(CrossEngineType.map(Engine.MYSQL, Engine.POSTGRESQL, "longblob")).hasValue("bytea");
        assertThat(CrossEngineType.map(Engine.MYSQL, Engine.POSTGRESQL, "enum('a','b')")).isEmpty();
    }

    @Test
    void postgresTypesOnMysql() {
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.MYSQL, "character varying(40)"))
                .hasValue("varchar(40)");
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.MYSQL, "numeric(12,2)")).hasValue("decimal(12,2)");
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.MYSQL, "timestamp with time zone"))
                .hasValue("datetime(6)");
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.MYSQL, "uuid")).hasValue("char(36)");
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.MYSQL, "numeric")).isEmpty();
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.MYSQL, "text[]")).isEmpty();
        assertThat(CrossEngineType.map(Engine.POSTGRESQL, Engine.POSTGRESQL, "text[]")).hasValue("text[]");
    }
}

package dev.phaseshift.schema;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TypeNamesTest {

    @ParameterizedTest(name = "postgresql {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "integer | integer",
            "int4 | integer",
            "serial | integer",
            "bigint | bigint",
            "smallint | smallint",
            "character varying(80) | varchar(80)",
            "character varying | varchar",
            "character(2) | char(2)",
            "bpchar | char",
            "text | text",
            "numeric(12,2) | numeric(12,2)",
            "numeric(12, 2) | numeric(12,2)",
            "numeric | numeric",
            "double precision | double",
            "real | real",
            "boolean | boolean",
            "timestamp(3) without time zone | timestamp(3)",
            "timestamp without time zone | timestamp",
            "timestamp with time zone | timestamptz",
            "time with time zone | timetz",
            "bytea | bytes",
            "jsonb | json",
            "uuid | uuid",
            "text[] | text[]",
            "character varying(20)[] | varchar(20)[]",
            "bit varying(5) | varbit(5)",
            "app.\"Mood\" | app.\"Mood\"",
    })
    void normalisesPostgresTypes(String written, String normalized) {
        assertThat(TypeNames.normalize(Engine.POSTGRESQL, written)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "mysql {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int(11) | integer",
            "int | integer",
            "int(10) unsigned | integer unsigned",
            "bigint(20) unsigned zerofill | bigint unsigned",
            "tinyint(1) | boolean",
            "tinyint(4) | tinyint",
            "mediumint(9) | mediumint",
            "decimal(12,2) | numeric(12,2)",
            "float | real",
            "double | double",
            "varchar(190) | varchar(190)",
            "char(2) | char(2)",
            "longtext | text",
            "mediumblob | bytes",
            "binary(16) | binary(16)",
            "datetime(3) | timestamp(3)",
            "datetime | timestamp",
            "timestamp | timestamptz",
            "timestamp(6) | timestamptz(6)",
            "year(4) | year",
            "enum('new','paid') | enum",
            "set('a','b') | set",
            "json | json",
    })
    void normalisesMySqlTypes(String written, String normalized) {
        assertThat(TypeNames.normalize(Engine.MYSQL, written)).isEqualTo(normalized);
    }

    @ParameterizedTest(name = "{0} on postgresql and {1} on mysql compare equal")
    @CsvSource(delimiter = '|', value = {
            "bigint | bigint(20)",
            "integer | int(11)",
            "numeric(10,2) | decimal(10,2)",
            "character varying(40) | varchar(40)",
            "timestamp without time zone | datetime",
            "timestamp with time zone | timestamp",
            "jsonb | json",
            "bytea | longblob",
            "text | mediumtext",
    })
    void makesEquivalentTypesOfBothEnginesEqual(String postgres, String mysql) {
        assertThat(TypeNames.normalize(Engine.POSTGRESQL, postgres)).isEqualTo(TypeNames.normalize(Engine.MYSQL, mysql));
    }
}

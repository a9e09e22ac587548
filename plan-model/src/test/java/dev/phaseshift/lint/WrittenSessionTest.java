package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.SqlStatementParser;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which transaction a written statement runs in, as the file's earlier and later statements decide it. */
class WrittenSessionTest {
    private static List<ParsedStatement> script(Engine engine, String sql) {
        return SqlStatementParser.forEngine(engine).parseScript(sql);
    }

    @Test
    void onPostgresqlABlockRunsFromBeginToCommitAndASecondBeginDoesNotOpenAnother() {
        List<ParsedStatement> s = script(Engine.POSTGRESQL, "BEGIN;\nALTER TABLE t ADD COLUMN a bigint;\nBEGIN;\n"
                + "ALTER TABLE t ADD COLUMN b bigint;\nCOMMIT;\nALTER TABLE t ADD COLUMN c bigint");

        WrittenSession second = new WrittenSession(s, 3, false, Engine.POSTGRESQL);
        assertThat(second.explicitTransaction()).hasValue(0);
        assertThat(second.sameTransactionBefore()).extracting(ParsedStatement::line).containsExactly(2, 3);
        assertThat(new WrittenSession(s, 2, false, Engine.POSTGRESQL).openBeginBefore(2)).hasValue(0);
        assertThat(new WrittenSession(s, 5, false, Engine.POSTGRESQL).inTransaction()).isFalse();
        assertThat(second.endOfBlock(0)).map(ParsedStatement::line).hasValue(5);
    }

    @Test
    void onMysqlASchemaChangeCommitsTheOpenBlock() {
        List<ParsedStatement> s = script(Engine.MYSQL, "START TRANSACTION;\nINSERT INTO t VALUES (1);\n"
                + "ALTER TABLE t ADD COLUMN a bigint;\nINSERT INTO t VALUES (2)");

        assertThat(new WrittenSession(s, 1, false, Engine.MYSQL).explicitTransaction()).hasValue(0);
        assertThat(new WrittenSession(s, 2, false, Engine.MYSQL).explicitTransaction()).isEmpty();
        assertThat(new WrittenSession(s, 3, false, Engine.MYSQL).inTransaction()).isFalse();
        assertThat(new WrittenSession(s, 0, false, Engine.MYSQL).endOfBlock(0)).map(ParsedStatement::line).hasValue(3);
    }

    @Test
    void aStepTheRunnerWrapsSharesOneTransactionFromItsFirstStatement() {
        List<ParsedStatement> s = script(Engine.POSTGRESQL, "SET lock_timeout = '5s';\n"
                + "ALTER TABLE t ADD COLUMN a bigint;\nALTER TABLE t ADD COLUMN b bigint");

        WrittenSession last = new WrittenSession(s, 2, true, Engine.POSTGRESQL);
        assertThat(last.inTransaction()).isTrue();
        assertThat(last.explicitTransaction()).isEmpty();
        assertThat(last.sameTransactionBefore()).hasSize(2);
        assertThat(last.where(s.get(1))).isEqualTo("statement 2 of the step");
        assertThat(new WrittenSession(s, 2, false, Engine.POSTGRESQL).sameTransactionBefore()).isEmpty();
    }
}

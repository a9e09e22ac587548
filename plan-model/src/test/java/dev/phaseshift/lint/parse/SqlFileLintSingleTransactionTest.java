package dev.phaseshift.lint.parse;

import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.plan.sql.Dialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file that whatever runs it wraps in one transaction (psql --single-transaction, Flyway on PostgreSQL). */
class SqlFileLintSingleTransactionTest {
    private static final String FILE = "SET lock_timeout = '5s';\n"
            + "ALTER TABLE order_notes ADD CONSTRAINT order_notes_order_ref_fk FOREIGN KEY (order_id) "
            + "REFERENCES orders (id) NOT VALID;\n"
            + "ALTER TABLE order_notes VALIDATE CONSTRAINT order_notes_order_ref_fk;\n";

    private static LintResult lint(String text, boolean wrapped) {
        return SqlFileLint.of("V1__notes.sql", text, Dialect.postgres(15)).lint(wrapped);
    }

    @Test
    void aValidationInTheFilesOneTransactionHoldsTheLockOfTheAdd() {
        assertThat(lint(FILE, true).findings()).extracting(Finding::ruleId)
                .containsExactly("validate-in-same-transaction");
        assertThat(lint(FILE, true).findings().get(0).message()).contains("runs in the transaction the whole file "
                + "runs in (--single-transaction), which added it NOT VALID at line 2");
    }

    @Test
    void runStatementByStatementTheSameFileOnlyNeedsAGuardForARetry() {
        assertThat(lint(FILE, false).findings()).extracting(Finding::ruleId)
                .containsExactly("non-idempotent-statement");
    }

    @Test
    void aBeginInsideTheFilesTransactionDoesNotNest() {
        assertThat(lint("BEGIN;\nCOMMENT ON TABLE orders IS 'x';\nCOMMIT;\n", true).findings())
                .extracting(Finding::ruleId).containsExactly("nested-transaction");
        assertThat(lint("BEGIN;\nCOMMENT ON TABLE orders IS 'x';\nCOMMIT;\n", false).findings()).isEmpty();
    }
}

package dev.phaseshift.app.sqlpreview;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.sql.Dialect;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL preview of the demo plan rename-phone: per scope, per direction, per server version. */
class SqlPreviewViewModelTest {
    private static Estate demo;
    private static Plan renamePhone;

    @BeforeAll
    static void load() throws Exception {
        demo = DemoEstate.load();
        try (InputStream in = SqlPreviewViewModelTest.class.getClassLoader()
                .getResourceAsStream("demo/plans/rename-phone.plan.yaml")) {
            renamePhone = PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "rename-phone", false);
        }
    }

    @Test
    void aStepShowsItsStatementsForItsServicesServerAndTheRollbackUndoesThem() {
        SqlPreviewViewModel preview = new SqlPreviewViewModel(renamePhone, demo);
        assertThat(preview.scopes()).hasSize(1 + renamePhone.phases().size() + renamePhone.stepCount());

        preview.show("expand", "customers-customers-add-phone_number");

        assertThat(preview.textProperty().get()).contains("-- step customers-customers-add-phone_number · customers "
                + "· PostgreSQL 15").contains("ALTER TABLE \"customers\" ADD COLUMN \"phone_number\"");
        assertThat(preview.summaryProperty().get()).isEqualTo("2 statements in 1 step");
        preview.rollbackProperty().set(true);
        assertThat(preview.textProperty().get()).contains("DROP COLUMN \"phone_number\"")
                .doesNotContain("ADD COLUMN");
    }

    @Test
    void choosingAnotherServerVersionRendersItsDialect() {
        SqlPreviewViewModel preview = new SqlPreviewViewModel(renamePhone, demo);
        preview.show("expand", "shipping-shipping_addresses-add-phone_number");
        ServiceDialect shipping = preview.dialects().stream().filter(d -> d.service().equals("shipping"))
                .findFirst().orElseThrow();
        assertThat(preview.textProperty().get()).contains("ALGORITHM=INSTANT");

        shipping.selectedProperty().set(new ServerVersion(Dialect.mysql(5, 7, 44)));

        assertThat(preview.textProperty().get()).contains("· MySQL 5.7.44").doesNotContain("ALGORITHM=INSTANT");
    }

    @Test
    void theTokensAddUpToTheTextAndKnowKeywordsStringsAndComments() {
        SqlPreviewViewModel preview = new SqlPreviewViewModel(renamePhone, demo);
        List<SqlToken> tokens = preview.tokensProperty().get();
        assertThat(tokens.stream().map(SqlToken::text).collect(Collectors.joining()))
                .isEqualTo(preview.textProperty().get());
        assertThat(SqlHighlighter.tokens("ALTER TABLE t ADD c int DEFAULT 'x''y'; -- done"))
                .extracting(SqlToken::kind).containsExactly(SqlToken.Kind.KEYWORD, SqlToken.Kind.SPACE,
                        SqlToken.Kind.KEYWORD, SqlToken.Kind.SPACE, SqlToken.Kind.IDENTIFIER, SqlToken.Kind.SPACE,
                        SqlToken.Kind.KEYWORD, SqlToken.Kind.SPACE, SqlToken.Kind.IDENTIFIER, SqlToken.Kind.SPACE,
                        SqlToken.Kind.IDENTIFIER, SqlToken.Kind.SPACE, SqlToken.Kind.KEYWORD, SqlToken.Kind.SPACE,
                        SqlToken.Kind.STRING, SqlToken.Kind.PUNCTUATION, SqlToken.Kind.SPACE,
                        SqlToken.Kind.COMMENT);
        assertThat(SqlHighlighter.tokens("AS $f$ BEGIN 'x' END $f$;").get(2))
                .isEqualTo(new SqlToken("$f$ BEGIN 'x' END $f$", SqlToken.Kind.STRING));
    }
}

package dev.phaseshift.app.editor;

import dev.phaseshift.app.fixtures.DemoEstateCopy;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.wizard.PatternKind;
import dev.phaseshift.app.wizard.PatternWizardViewModel;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The demo estate with two releases of the customers service declared as consumers: v1 reads {@code phone}, v2
 * reads {@code phone_number}, so the rename-phone demo plan's deployment of customers v1 → v2 decides whether
 * the matrix stays green.
 */
final class EditorFixtures {
    static final String CUSTOMER_CONTRACTS = """
              - service: customers
                version: v1
                reads:
                  - table: customers.public.customers
                    columns: [id, phone]
                    via: api-view
              - service: customers
                version: v2
                reads:
                  - table: customers.public.customers
                    columns: [id, phone_number]
                    via: api-view
            """;

    private EditorFixtures() {
    }

    /** Writes the estate into {@code dir} and returns its file. */
    static Path estateFile(Path dir) throws IOException {
        return estateFile(dir, CUSTOMER_CONTRACTS);
    }

    /** The demo estate with {@code contracts} added to its consumer contracts, written into {@code dir}. */
    private static Path estateFile(Path dir, String contracts) throws IOException {
        return DemoEstateCopy.into(dir, text -> text.replace("\n# Decisions on inferred references",
                contracts + "\n# Decisions on inferred references"));
    }

    /**
     * The rename wizard run on {@code orders.public.order_items.sku} of the demo estate open in {@code main}, to
     * {@code item_sku}, with the consumer deployment it proposes (shipping v3 to v4), its phases put into the editor.
     */
    static void renameSku(MainViewModel main) {
        PatternWizardViewModel wizard = main.planTools().wizard(PatternKind.RENAME_COLUMN,
                main.tree().find("orders/public/order_items/sku").orElseThrow()).orElseThrow();
        wizard.fields().get(0).valueProperty().set("item_sku");
        wizard.next();
        wizard.finish();
    }

    static Estate estate(Path dir) throws Exception {
        return EstateLoader.load(estateFile(dir));
    }

    /** The bundled rename-phone demo plan copied into {@code dir}. */
    static Path renamePhone(Path dir) throws IOException {
        try (InputStream in = EditorFixtures.class.getClassLoader()
                .getResourceAsStream("demo/plans/rename-phone.plan.yaml")) {
            return Files.write(dir.resolve("rename-phone.plan.yaml"), Objects.requireNonNull(in).readAllBytes());
        }
    }
}

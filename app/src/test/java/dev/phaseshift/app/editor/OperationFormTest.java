package dev.phaseshift.app.editor;

import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.OperationNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation has a palette template and a form that gives the same operation back from its texts. */
class OperationFormTest {
    static List<String> operations() {
        return List.copyOf(OperationNames.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("operations")
    void theTemplateOfEveryOperationMakesAFormThatRebuildsIt(String name) {
        Operation template = OperationPalette.template(name);
        OperationForm form = OperationForm.of(template);

        OperationForm.Outcome outcome = form.build(OperationForm.texts(template));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.operation()).isEqualTo(template);
        assertThat(form.operationName()).isEqualTo(name);
    }

    @Test
    void nestedValuesAreFieldsWithADotAndOptionalOnesMayStayEmpty() {
        AddColumn add = new AddColumn("orders", new ColumnSpec("note", "text", false, "''"));
        OperationForm form = OperationForm.of(add);
        assertThat(form.fields()).extracting(FormField::label)
                .startsWith("table *", "column.name *", "column.type *", "column.nullable", "column.default");

        Map<String, String> texts = new HashMap<>(OperationForm.texts(add));
        assertThat(texts).containsEntry("column.default", "''").containsEntry("column.nullable", "false");
        texts.put("column.nullable", "no");
        texts.put("column.type", " ");
        assertThat(form.build(texts).errors()).containsOnly(
                Map.entry("column.nullable", "column.nullable: \"no\" is not true or false"),
                Map.entry("column.type", "column.type is required"));

        texts.put("column.nullable", "");
        texts.put("column.type", "varchar(10)");
        texts.put("column.identity", "sometimes");
        assertThat(form.build(texts).errors()).containsOnlyKeys("column");
    }

    @Test
    void aNewTablesColumnsAreEditedAsOneLineAndAWrongColumnSaysWhich() {
        CreateTable create = table(List.of(new ColumnSpec("id", "bigint", false, null),
                ColumnSpec.of("price", "numeric(12,2)")));
        OperationForm form = OperationForm.of(create);
        assertThat(form.fields()).filteredOn(f -> f.key().equals("columns")).singleElement()
                .satisfies(f -> assertThat(f.editable()).isTrue());
        Map<String, String> texts = new HashMap<>(OperationForm.texts(create));
        assertThat(texts).containsEntry("columns", "id bigint not null; price numeric(12,2)");

        texts.put("columns", "id bigint not null; price numeric(12,2) default 0; note text null");
        assertThat(form.build(texts).operation()).isEqualTo(table(List.of(new ColumnSpec("id", "bigint", false, null),
                new ColumnSpec("price", "numeric(12,2)", null, "0"), new ColumnSpec("note", "text", true, null))));

        texts.put("columns", "id bigint; oops");
        assertThat(form.build(texts).errors()).containsOnly(
                Map.entry("columns", "columns: \"oops\" is not \"name type [not null] [default …]\""));
    }

    @Test
    void columnsWithMoreThanTheLineCanSayStayOutOfTheFormAndAreKept() {
        CreateTable create = table(List.of(new ColumnSpec("id", "bigint", false, null, "always", null, null, null,
                null, null)));
        OperationForm form = OperationForm.of(create);
        assertThat(form.fields()).filteredOn(f -> f.key().equals("columns")).singleElement()
                .satisfies(f -> assertThat(f.editable()).isFalse());

        Map<String, String> texts = new HashMap<>(OperationForm.texts(create));
        texts.put("table", "memos");
        assertThat(form.build(texts).operation()).isEqualTo(new CreateTable("memos", create.columns(),
                create.primaryKey(), null, null, null, null));
    }

    private static CreateTable table(List<ColumnSpec> columns) {
        return new CreateTable("notes", columns, List.of("id"), null, null, null, null);
    }
}

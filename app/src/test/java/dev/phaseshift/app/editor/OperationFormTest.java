package dev.phaseshift.app.editor;

import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
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
}

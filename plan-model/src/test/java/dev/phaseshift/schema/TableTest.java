package dev.phaseshift.schema;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableTest {

    @Test
    void shortFormsOfTheFirstModelStillBuildFullRecords() {
        Column c = new Column("email", "text", false, "''", "contact");
        assertThat(c.ordinal()).isZero();
        assertThat(c.identity()).isNull();
        Index i = new Index("orders_lower_idx", List.of("customer_id", "lower(note)"), false, null, null);
        assertThat(i.keys()).containsExactly("customer_id", "lower(note)");
        assertThat(i.columns()).containsExactly("customer_id");
        assertThat(i.keyParts().get(1).expression()).isEqualTo("lower(note)");
        assertThat(i.method()).isEqualTo("btree");
        assertThat(i.valid()).isTrue();
        ForeignKey fk = new ForeignKey("fk", List.of("a"), "app", "t", List.of("id"), null, "CASCADE");
        assertThat(fk.onDelete()).isEqualTo("NO ACTION");
        assertThat(fk.match()).isEqualTo("SIMPLE");
        assertThat(fk.validated()).isTrue();
        View v = new View("v", List.of(), "SELECT 1", List.of("app.orders"));
        assertThat(v.reads()).containsExactly("app.orders");
        assertThat(v.sources().get(0)).isEqualTo(ViewSource.of("app", "orders", List.of()));
        Table t = new Table("t", List.of(c), List.of(Constraint.primaryKey("t_pkey", List.of("email"))), List.of(),
                List.of(i), null);
        assertThat(t.kind()).isEqualTo(TableKind.TABLE);
        assertThat(t.primaryKey()).map(Constraint::columns).contains(List.of("email"));
        assertThat(t.column("email")).contains(c);
        assertThat(t.triggers()).isEmpty();
    }

    @Test
    void canonicalOrderSortsWhatHasNoMeaningAndKeepsWhatHas() {
        Column b = Column.builder("b", "int").ordinal(2).build();
        Column a = Column.builder("a", "int").ordinal(1).build();
        Table t = Table.builder("t").columns(List.of(b, a))
                .constraints(List.of(Constraint.check("z_check", "b > 0"), Constraint.primaryKey("a_pkey",
                        List.of("b", "a"))))
                .indexes(List.of(Index.of("z_idx", List.of("b", "a"), false), Index.of("a_idx", List.of("a"), true)))
                .build();
        Table canonical = t.canonical();
        assertThat(canonical.columns()).extracting(Column::name).containsExactly("a", "b");
        assertThat(canonical.constraints()).extracting(Constraint::name).containsExactly("a_pkey", "z_check");
        assertThat(canonical.primaryKey().orElseThrow().columns()).containsExactly("b", "a");
        assertThat(canonical.indexes()).extracting(Index::name).containsExactly("a_idx", "z_idx");
        assertThat(canonical.index("z_idx").orElseThrow().keys()).containsExactly("b", "a");
        assertThat(canonical.canonical()).isEqualTo(canonical);
    }

    @Test
    void canonicalOrderFollowsTheServersPositionsOfKeysAndChecksWhereTheyAreKnown() {
        Table t = Table.builder("t")
                .constraints(List.of(Constraint.check("b_check", "b > 0").withPosition(1),
                        Constraint.check("z_check", "a > 0").withPosition(0)))
                .indexes(List.of(Index.builder("a_idx").columns(List.of("a")).position(2).build(),
                        Index.builder("z_idx").columns(List.of("b")).position(1).build(),
                        Index.builder("PRIMARY").columns(List.of("id")).primary(true).position(0).build(),
                        Index.of("m_unplaced_idx", List.of("c"), false)))
                .build();
        Table canonical = t.canonical();
        assertThat(canonical.constraints()).extracting(Constraint::name).containsExactly("z_check", "b_check");
        assertThat(canonical.indexes()).extracting(Index::name)
                .containsExactly("PRIMARY", "z_idx", "a_idx", "m_unplaced_idx");
        assertThat(canonical.canonical()).isEqualTo(canonical);
    }

    @Test
    void columnsWithoutOrdinalKeepTheirOrder() {
        Table t = new Table("t", List.of(new Column("z", "int", true, null, null),
                new Column("a", "int", true, null, null)), List.of(), List.of(), List.of(), null);
        assertThat(t.canonical().columns()).extracting(Column::name).containsExactly("z", "a");
    }

    @Test
    void recordsCopyTheirListsAndTreatMissingListsAsEmpty() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("a", "int")));
        Table t = Table.builder("t").columns(columns).constraints(null).build();
        columns.add(Column.of("b", "int"));
        assertThat(t.columns()).hasSize(1);
        assertThat(t.constraints()).isEmpty();
        assertThatThrownBy(() -> t.columns().add(Column.of("c", "int")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsInconsistentValues() {
        assertThatThrownBy(() -> ForeignKey.builder("fk").columns(List.of("a", "b"))
                .references("app", "t", List.of("id")).build())
                .hasMessageContaining("foreign key \"fk\": 2 columns reference 1 columns");
        assertThatThrownBy(() -> new IndexKey("a", "lower(a)", false, null, null, null, null))
                .hasMessageContaining("either a column or an expression");
        assertThatThrownBy(() -> Constraint.unique("u", List.of("a")).withDeferrable(false, true))
                .hasMessageContaining("initially deferred but not deferrable");
        assertThatThrownBy(() -> new Snapshot("s", Engine.POSTGRESQL, ServerProduct.MARIADB, null, null, null,
                List.of(), List.of())).hasMessageContaining("does not run engine postgresql");
    }

    @Test
    void withersChangeOnePart() {
        Column c = Column.builder("email", "text").ordinal(2).notNull().comment("x").build();
        assertThat(c.withName("mail")).isEqualTo(Column.builder("mail", "text").ordinal(2).notNull().comment("x")
                .build());
        assertThat(c.withNullable(true).nullable()).isTrue();
        Table t = Table.builder("t").columns(List.of(c)).rowEstimate(5L).build();
        assertThat(t.withName("u").rowEstimate()).isEqualTo(5L);
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void snapshotCountsAndFindsObjects() {
        Table t = Table.builder("orders").columns(List.of(Column.of("id", "int")))
                .triggers(List.of(Trigger.builder("trg", TriggerTiming.AFTER, List.of(TriggerEvent.UPDATE,
                        TriggerEvent.INSERT)).build())).build();
        Schema app = new Schema("app", null, null, null, List.of(t), List.of(), List.of(Sequence.builder("s").build()),
                List.of(), List.of());
        Snapshot s = Snapshot.of("orders", Engine.POSTGRESQL, List.of(app));
        assertThat(s.table("app", "orders")).contains(t);
        assertThat(s.tableCount()).isEqualTo(1);
        assertThat(s.triggerCount()).isEqualTo(1);
        assertThat(s.sequenceCount()).isEqualTo(1);
        assertThat(s.partial()).isFalse();
        assertThat(t.trigger("trg").orElseThrow().events()).containsExactly(TriggerEvent.INSERT, TriggerEvent.UPDATE);
        assertThat(s.withSkipped(List.of(new SkippedObject("app", "orders", "table", "data", "no privilege")))
                .partial()).isTrue();
    }
}

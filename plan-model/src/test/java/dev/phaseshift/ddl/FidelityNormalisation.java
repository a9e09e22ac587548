package dev.phaseshift.ddl;

import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.List;

/**
 * What may differ between a snapshot and the snapshot of its rendered copy, and nothing else:
 * <ul>
 *   <li>the header (service, source URL, database name, server version): the copy lives elsewhere;</li>
 *   <li>row estimates and sizes: statistics of the data, and the copy has no rows;</li>
 *   <li>schema names under a {@link SchemaMapping}: on MySQL the schema is the database, so the copy's schema is
 *       the fresh database's name; the original is renamed the same way (schemas, foreign-key targets, view
 *       sources, back-quoted qualifiers in view bodies) before comparing.</li>
 * </ul>
 * Names the engines generate (PostgreSQL {@code _pkey}/{@code _fkey}/{@code _seq}, MySQL column-named checks and
 * foreign-key indexes) need no normalisation: the renderer writes every recorded name out explicitly.
 */
public final class FidelityNormalisation {
    private FidelityNormalisation() {
    }

    public static Snapshot normalise(Snapshot snapshot, SchemaMapping mapping) {
        Snapshot s = new Snapshot("copy", snapshot.engine(), snapshot.product(), null, null, null,
                snapshot.skipped(), snapshot.schemas().stream().map(x -> schema(x, mapping)).toList());
        return s.canonical();
    }

    private static Schema schema(Schema s, SchemaMapping m) {
        return new Schema(m.target(s.name()), s.owner(), s.comment(), s.collation(),
                s.tables().stream().map(t -> table(t, m)).toList(),
                s.views().stream().map(v -> view(v, m)).toList(),
                s.sequences().stream().map(q -> sequence(q, m)).toList(), s.enumTypes(), s.routines(),
                s.privileges());
    }

    private static Table table(Table t, SchemaMapping m) {
        List<ForeignKey> fks = t.foreignKeys().stream().map(fk -> fk.toBuilder()
                .references(m.target(fk.referencedSchema()), fk.referencedTable(), fk.referencedColumns())
                .build()).toList();
        ObjectName parent = t.partitionOf() == null ? null
                : new ObjectName(m.target(t.partitionOf().schema()), t.partitionOf().name());
        return t.toBuilder().rowEstimate(null).sizeBytes(null).foreignKeys(fks)
                .partitionOf(parent, t.partitionBound()).triggers(t.triggers().stream()
                        .map(g -> trigger(g, m)).toList()).build();
    }

    private static Trigger trigger(Trigger g, SchemaMapping m) {
        ObjectName function = g.function() == null ? null
                : new ObjectName(m.target(g.function().schema()), g.function().name());
        return new Trigger(g.name(), g.timing(), g.events(), g.updateColumns(), g.forEachRow(), g.condition(),
                function, m.requalifyBackquoted(g.body()), g.definition(), g.enabled(), g.actionOrder());
    }

    private static View view(View v, SchemaMapping m) {
        return v.toBuilder().rowEstimate(null).sizeBytes(null)
                .definition(m.requalifyBackquoted(v.definition()))
                .sources(v.sources().stream()
                        .map(x -> ViewSource.of(m.target(x.schema()), x.name(), x.columns())).toList())
                .build();
    }

    private static Sequence sequence(Sequence q, SchemaMapping m) {
        ColumnRef owner = q.ownedBy() == null ? null
                : new ColumnRef(m.target(q.ownedBy().schema()), q.ownedBy().table(), q.ownedBy().column());
        return q.toBuilder().ownedBy(owner, q.identity()).build();
    }
}

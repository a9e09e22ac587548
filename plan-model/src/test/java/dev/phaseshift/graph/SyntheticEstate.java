package dev.phaseshift.graph;

import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.DeclaredReference;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateDefinition;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large made-up estate for benchmarks: {@code services} services on both engines sharing {@code tables} tables,
 * each table with a key, five plain columns, an in-service foreign key most of the time and a cross-service
 * {@code <entity>_id} column about a third of the time (a third of those declared, the rest left to inference),
 * a view per fifteen tables, and two consumer versions per service reading four tables elsewhere.
 */
public final class SyntheticEstate {
    private SyntheticEstate() {
    }

    public static Estate generate(int services, int tables, long seed) {
        Random random = new Random(seed);
        List<ServiceDefinition> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] firstTable = new int[services + 1];
        for (int s = 0; s < services; s++) {
            String name = String.format("svc%02d", s);
            names.add(name);
            Engine engine = s % 3 == 2 ? Engine.MYSQL : Engine.POSTGRESQL;
            definitions.add(new ServiceDefinition(name, "team" + s % 5, engine, name, null, null, null, null, null));
            firstTable[s + 1] = tables * (s + 1) / services;
        }
        SourceLocation here = new SourceLocation("synthetic.yaml", 1, 1);
        List<DeclaredReference> references = new ArrayList<>();
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        for (int s = 0; s < services; s++) {
            Engine engine = definitions.get(s).engine();
            String schema = engine == Engine.POSTGRESQL ? "public" : names.get(s);
            List<Table> list = new ArrayList<>();
            List<View> views = new ArrayList<>();
            for (int t = firstTable[s]; t < firstTable[s + 1]; t++) {
                String table = entity(t) + "s";
                List<Column> columns = new ArrayList<>();
                columns.add(column(engine, "id", "bigint", 1));
                String[][] plain = {{"name", "varchar(100)"}, {"status", "varchar(16)"}, {"amount", "numeric(12,2)"},
                        {"note", "text"}, {"created_at", engine == Engine.MYSQL ? "datetime(6)" : "timestamptz"}};
                for (String[] p : plain) {
                    columns.add(column(engine, p[0], p[1], columns.size() + 1));
                }
                List<ForeignKey> fks = new ArrayList<>();
                List<Index> indexes = new ArrayList<>();
                if (t > firstTable[s] && random.nextDouble() < 0.7) {
                    int parent = firstTable[s] + random.nextInt(t - firstTable[s]);
                    String fk = entity(parent) + "_id";
                    columns.add(column(engine, fk, "bigint", columns.size() + 1));
                    fks.add(ForeignKey.builder(table + "_" + fk + "_fk").columns(List.of(fk))
                            .references(schema, entity(parent) + "s", List.of("id")).build());
                }
                if (random.nextDouble() < 0.35) {
                    int other = random.nextInt(services - 1);
                    other = other >= s ? other + 1 : other;
                    int target = firstTable[other] + random.nextInt(firstTable[other + 1] - firstTable[other]);
                    String ref = entity(target) + "_id";
                    columns.add(column(engine, ref, "bigint", columns.size() + 1));
                    indexes.add(Index.of(table + "_" + ref + "_idx", List.of(ref), false));
                    if (random.nextDouble() < 0.33) {
                        String targetSchema = definitions.get(other).engine() == Engine.POSTGRESQL ? "public" : names.get(other);
                        references.add(new DeclaredReference(new ReferencePair(
                                QualifiedName.column(names.get(s), schema, table, ref),
                                QualifiedName.column(names.get(other), targetSchema, entity(target) + "s", "id")),
                                null, here));
                    }
                }
                list.add(Table.builder(table).columns(columns)
                        .constraints(List.of(Constraint.primaryKey(table + "_pk", List.of("id"))))
                        .foreignKeys(fks).indexes(indexes).build());
                if ((t - firstTable[s]) % 15 == 14) {
                    String a = entity(t - 1) + "s";
                    String b = table;
                    views.add(View.builder("v_" + table).definition("SELECT ...")
                            .columns(List.of(Column.builder("id", "bigint").ordinal(1).build(),
                                    Column.builder("name", "varchar(100)").ordinal(2).build()))
                            .sources(List.of(ViewSource.of(schema, a, List.of("id", "name")),
                                    ViewSource.of(schema, b, List.of("id", "amount")))).build());
                }
            }
            snapshots.put(names.get(s), Snapshot.of(names.get(s), engine,
                    List.of(new Schema(schema, list, views))));
        }
        List<ConsumerContract> consumers = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            for (int v = 1; v <= 2; v++) {
                List<TableAccess> reads = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    int other = random.nextInt(services - 1);
                    other = other >= s ? other + 1 : other;
                    int target = firstTable[other] + random.nextInt(firstTable[other + 1] - firstTable[other]);
                    String schema = definitions.get(other).engine() == Engine.POSTGRESQL ? "public" : names.get(other);
                    QualifiedName relation = QualifiedName.relation(names.get(other), schema, entity(target) + "s");
                    if (reads.stream().noneMatch(r -> r.relation().equals(relation))) {
                        reads.add(new TableAccess(relation, List.of("id", "name", "amount"),
                                i % 2 == 0 ? Channel.REPLICA : Channel.CDC, here));
                    }
                }
                consumers.add(new ConsumerContract(names.get(s), "v" + v, null, reads, List.of(), here));
            }
        }
        EstateDefinition definition = new EstateDefinition("Synthetic " + tables, null, definitions, references,
                consumers, List.of(), List.of(), "synthetic.yaml");
        return new Estate(definition, "synthetic.yaml", snapshots, List.of());
    }

    /** The entity of table number {@code t}: tables are its plural, other tables reference {@code <entity>_id}. */
    private static String entity(int t) {
        return "item" + Integer.toString(t, 36) + "x";
    }

    private static Column column(Engine engine, String name, String type, int ordinal) {
        return Column.builder(name, type).ordinal(ordinal).normalizedType(TypeNames.normalize(engine, type))
                .nullable(!name.equals("id")).build();
    }
}

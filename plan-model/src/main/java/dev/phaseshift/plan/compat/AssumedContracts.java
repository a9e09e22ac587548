package dev.phaseshift.plan.compat;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.Removal;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;
import dev.phaseshift.sql.TopLevelCommas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Contracts for the releases a plan deploys that the estate does not declare, so the matrix judges them too.
 *
 * <p>A pattern wizard deploys each affected consumer to its next release ({@code shipping v4}) without writing
 * that release's contract. Such a release is written for the schema the plan leaves behind, so it is assumed to
 * use what its predecessor uses, followed through the plan:
 * <ul>
 *   <li>a table or column the plan renames (any operation whose {@link Removal} names a new name) under its new
 *       name;</li>
 *   <li>a column the plan drops in favour of one it adds and backfills from it (an expand/contract rename, type
 *       change) as that new column; a column the plan moves into a table it creates in the same service (a split)
 *       as that table's column;</li>
 *   <li>a table the plan drops in one service and creates in another (a move) in the other service;</li>
 *   <li>what is gone at the end of the plan and has no such successor is not used any more;</li>
 *   <li>a writer also writes every column the final schema requires on an insert.</li>
 * </ul>
 * The predecessor is the deployment's {@code from} version, else the release an earlier deployment of the same
 * service brought in, else the service's last declared version. A service that declares no contract consumes
 * nothing, and gets none.
 */
public final class AssumedContracts {
    private final SimulationResult result;
    private final Map<String, Snapshot> initial;
    private final Map<String, Snapshot> fin;
    private List<QualifiedName> created;

    private AssumedContracts(SimulationResult result) {
        this.result = result;
        this.initial = result.initial();
        this.fin = result.after(result.phases().size());
    }

    /** {@code declared}, followed by a contract for each release the plan deploys that none of them describes. */
    public static List<ConsumerContract> with(Plan plan, SimulationResult result, List<ConsumerContract> declared) {
        List<ConsumerContract> all = new ArrayList<>(declared);
        AssumedContracts assumed = new AssumedContracts(result);
        Map<String, String> brought = new LinkedHashMap<>();
        for (Phase phase : plan.phases()) {
            for (ConsumerDeployment d : phase.deployments()) {
                String previous = brought.put(d.service(), d.to());
                if (find(all, d.service(), d.to()).isPresent()) {
                    continue;
                }
                Optional<ConsumerContract> predecessor = Optional.ofNullable(d.from())
                        .flatMap(v -> find(all, d.service(), v))
                        .or(() -> Optional.ofNullable(previous).flatMap(v -> find(all, d.service(), v)))
                        .or(() -> lastDeclared(declared, d.service()));
                predecessor.ifPresent(p -> all.add(assumed.successor(p, d.to())));
            }
        }
        return all;
    }

    private static Optional<ConsumerContract> find(List<ConsumerContract> contracts, String service, String version) {
        return contracts.stream().filter(c -> c.service().equals(service) && c.version().equals(version)).findFirst();
    }

    private static Optional<ConsumerContract> lastDeclared(List<ConsumerContract> declared, String service) {
        return declared.stream().filter(c -> c.service().equals(service)).reduce((a, b) -> b);
    }

    private ConsumerContract successor(ConsumerContract predecessor, String version) {
        List<TableAccess> reads = follow(predecessor.reads(), false);
        List<TableAccess> writes = follow(predecessor.writes(), true);
        String description = "not declared in the estate: assumed to use what " + predecessor.label()
                + " uses, under the plan's renames and moves";
        return new ConsumerContract(predecessor.service(), version, description, reads, writes,
                predecessor.location(), null, predecessor.label());
    }

    private List<TableAccess> follow(List<TableAccess> accesses, boolean writes) {
        Map<QualifiedName, Access> out = new LinkedHashMap<>();
        for (TableAccess access : accesses) {
            Optional<QualifiedName> target = relation(access.relation());
            if (target.isEmpty()) {
                continue;
            }
            QualifiedName relation = target.get();
            if (access.wholeRelation()) {
                out.computeIfAbsent(relation, r -> new Access(r, access)).whole = true;
                continue;
            }
            for (int i = 0; i < access.columns().size(); i++) {
                SourceLocation location = access.columnLocations().get(i);
                for (QualifiedName column : columns(access.relation(), relation, access.columns().get(i))) {
                    out.computeIfAbsent(column.relationName(), r -> new Access(r, access))
                            .add(column.member(), location);
                }
            }
        }
        List<TableAccess> result = new ArrayList<>();
        for (Access a : out.values()) {
            if (!a.whole && writes) {
                requiredAtTheEnd(a);
            }
            if (a.whole || !a.columns.isEmpty()) {
                result.add(a.toAccess());
            }
        }
        return result;
    }

    /** Where the relation is at the end of the plan: renamed, moved to another service, or gone. */
    private Optional<QualifiedName> relation(QualifiedName name) {
        Snapshot start = initial.get(name.service());
        Snapshot end = fin.get(name.service());
        if (start == null || end == null) {
            return Optional.of(name);
        }
        QualifiedName current = renamed(name, null).relationName();
        if (exists(end, current)) {
            return Optional.of(current);
        }
        return movedTo(current, start);
    }

    /** A relation the plan created in another service, of the same name or else the same columns. */
    private Optional<QualifiedName> movedTo(QualifiedName gone, Snapshot start) {
        List<String> columnNames = columnsOf(start, gone).stream().map(Column::name).sorted().toList();
        List<QualifiedName> sameName = new ArrayList<>();
        List<QualifiedName> sameColumns = new ArrayList<>();
        for (QualifiedName created : created()) {
            if (created.service().equals(gone.service())) {
                continue;
            }
            if (created.relation().equals(gone.relation())) {
                sameName.add(created);
            } else if (!columnNames.isEmpty() && columnsOf(fin.get(created.service()), created).stream()
                    .map(Column::name).sorted().toList().equals(columnNames)) {
                sameColumns.add(created);
            }
        }
        return sameName.size() == 1 ? Optional.of(sameName.get(0))
                : sameName.isEmpty() && sameColumns.size() == 1 ? Optional.of(sameColumns.get(0)) : Optional.empty();
    }

    /** Tables and views that exist at the end of the plan and did not before it, in every service. */
    private List<QualifiedName> created() {
        if (created != null) {
            return created;
        }
        List<QualifiedName> out = new ArrayList<>();
        for (Map.Entry<String, Snapshot> e : fin.entrySet()) {
            Snapshot start = initial.get(e.getKey());
            for (Schema schema : e.getValue().schemas()) {
                for (Table t : schema.tables()) {
                    addIfNew(out, e.getKey(), schema.name(), t.name(), start);
                }
                for (View v : schema.views()) {
                    addIfNew(out, e.getKey(), schema.name(), v.name(), start);
                }
            }
        }
        created = List.copyOf(out);
        return created;
    }

    private static void addIfNew(List<QualifiedName> out, String service, String schema, String name, Snapshot start) {
        QualifiedName q = QualifiedName.relation(service, schema, name);
        if (start == null || !exists(start, q)) {
            out.add(q);
        }
    }

    /**
     * The columns a release written for the end of the plan uses for {@code column} of {@code original}, now
     * {@code relation}: the column under its new name; else the columns the plan added and backfilled from it;
     * else the same-named column of a table the plan created beside it; else none.
     */
    private List<QualifiedName> columns(QualifiedName original, QualifiedName relation, String column) {
        String current = renamed(original, column).member();
        Snapshot end = fin.get(relation.service());
        if (end == null || columnOf(end, relation, current).isPresent() || columnsOf(end, relation).isEmpty()) {
            return List.of(relation.withMember(current));
        }
        List<QualifiedName> out = new ArrayList<>();
        Pattern mentions = Pattern.compile("(?i)(^|[^\\w$])[\"`]?" + Pattern.quote(current) + "[\"`]?($|[^\\w$])");
        Snapshot start = initial.get(relation.service());
        for (AppliedStep a : result.applied()) {
            if (a.step().service().equals(relation.service()) && a.step().operation() instanceof Backfill b
                    && names(a.before(), b.table(), relation)) {
                for (Map.Entry<String, String> set : assignments(b.set()).entrySet()) {
                    boolean added = start == null || columnOf(start, relation, set.getKey()).isEmpty();
                    if (added && !set.getKey().equals(current) && mentions.matcher(set.getValue()).find()
                            && columnOf(end, relation, set.getKey()).isPresent()) {
                        out.add(relation.withMember(set.getKey()));
                    }
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (QualifiedName created : created()) {
            if (created.service().equals(relation.service()) && columnOf(end, created, current).isPresent()) {
                out.add(created.withMember(current));
            }
        }
        return out.size() == 1 ? out : List.of();
    }

    /**
     * {@code relation} (and its {@code column}, when not null) under the names the plan's renames give them, step by
     * step: a table renamed, then a column of it renamed under the new table name.
     */
    private QualifiedName renamed(QualifiedName relation, String column) {
        QualifiedName table = relation.relationName();
        String current = column;
        for (AppliedStep a : result.applied()) {
            if (!a.step().service().equals(table.service())) {
                continue;
            }
            for (Removal r : a.step().operation().removes()) {
                if (r.renamedTo() == null || !names(a.before(), r.relation(), table)) {
                    continue;
                }
                if (r.column() == null) {
                    table = QualifiedName.relation(table.service(), r.renamedTo().contains(".")
                            ? SchemaEdit.schemaOf(a.before(), r.renamedTo()) : table.schema(),
                            SchemaEdit.bare(r.renamedTo()));
                } else if (r.column().equals(current)) {
                    current = r.renamedTo();
                }
            }
        }
        return current == null ? table : table.withMember(current);
    }

    /** {@code a = x, b = lower(y, z)} as {a: x, b: lower(y, z)}; commas inside brackets and quotes do not split. */
    static Map<String, String> assignments(String set) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : TopLevelCommas.split(set)) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).strip().replaceAll("^[\"`]|[\"`]$", ""), part.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** Adds the columns an insert must name at the end of the plan: NOT NULL without a default. */
    private void requiredAtTheEnd(Access a) {
        Snapshot end = fin.get(a.relation.service());
        if (end == null) {
            return;
        }
        end.table(a.relation.schema(), a.relation.relation()).ifPresent(t -> t.columns().stream()
                .filter(CompatibilityCheck::required).forEach(c -> a.add(c.name(), a.location)));
    }

    private static boolean names(Snapshot before, String planName, QualifiedName relation) {
        return SchemaEdit.schemaOf(before, planName).equals(relation.schema())
                && SchemaEdit.bare(planName).equals(relation.relation());
    }

    private static boolean exists(Snapshot snapshot, QualifiedName name) {
        return CompatibilityCheck.relationExists(snapshot, name);
    }

    private static List<Column> columnsOf(Snapshot snapshot, QualifiedName name) {
        return snapshot == null ? List.of() : CompatibilityCheck.columns(snapshot, name);
    }

    private static Optional<Column> columnOf(Snapshot snapshot, QualifiedName name, String column) {
        return CompatibilityCheck.columnOf(snapshot, name, column);
    }

    /** One relation of the assumed contract as it is gathered. */
    private static final class Access {
        final QualifiedName relation;
        final TableAccess from;
        final SourceLocation location;
        final List<String> columns = new ArrayList<>();
        final List<SourceLocation> locations = new ArrayList<>();
        boolean whole;

        Access(QualifiedName relation, TableAccess from) {
            this.relation = relation;
            this.from = from;
            this.location = from.location();
        }

        void add(String column, SourceLocation at) {
            if (!columns.contains(column)) {
                columns.add(column);
                locations.add(at);
            }
        }

        TableAccess toAccess() {
            if (whole) {
                return new TableAccess(relation, List.of(), from.via(), location, null);
            }
            boolean located = locations.stream().allMatch(Objects::nonNull);
            return new TableAccess(relation, columns, from.via(), location, located ? locations : null);
        }
    }
}

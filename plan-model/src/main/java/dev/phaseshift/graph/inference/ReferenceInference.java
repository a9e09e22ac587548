package dev.phaseshift.graph.inference;

import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes cross-service references from names and types: a column {@code customer_id bigint} in the orders
 * service and the primary key {@code customers.id bigint} of a {@code customers} table in another service make a
 * proposal. Names: {@code <entity>_id} and {@code <entity>Id} point at the primary key, {@code <entity>_uuid} at
 * a unique uuid key, {@code <entity>_ref} (weaker) at the primary key; the entity may be singular or plural.
 * Types that fit raise the confidence, types that do not lower it; a primary key, a column comment naming the
 * target and an index on the column add evidence.
 *
 * <p>Left out on purpose: columns that already are a foreign key, columns named {@code id}, views, partitions,
 * and every column whose entity is a table of its own service (then it is an in-service reference without a
 * foreign key, not a cross-service one).
 */
public final class ReferenceInference {
    /** Proposals below this confidence are dropped. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;

    public ReferenceInference() {
        this(DEFAULT_THRESHOLD);
    }

    public ReferenceInference(double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold " + threshold + " is not in [0, 1]");
        }
        this.threshold = threshold;
    }

    /** A table that other services may reference, under each name it is known by. */
    private record Target(String service, Snapshot snapshot, Schema schema, Table table, Column primaryKey,
                          List<Column> uniqueKeys) {
    }

    /** Every proposal at or above the threshold, by referencing column, then strongest first. */
    public List<ReferenceProposal> infer(Map<String, Snapshot> snapshots) {
        Map<String, List<Target>> byEntity = new HashMap<>();
        Map<String, Set<String>> entitiesOfService = new HashMap<>();
        for (Map.Entry<String, Snapshot> e : snapshots.entrySet()) {
            for (Schema schema : e.getValue().schemas()) {
                for (Table table : schema.tables()) {
                    if (table.kind() == TableKind.PARTITION) {
                        continue;
                    }
                    Target target = target(e.getKey(), e.getValue(), schema, table);
                    for (String key : EntityNames.entityKeys(table.name())) {
                        entitiesOfService.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(key);
                        if (target.primaryKey() != null || !target.uniqueKeys().isEmpty()) {
                            byEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
                        }
                    }
                }
            }
        }
        List<ReferenceProposal> proposals = new ArrayList<>();
        for (Map.Entry<String, Snapshot> e : snapshots.entrySet()) {
            String service = e.getKey();
            Set<String> own = entitiesOfService.getOrDefault(service, Set.of());
            for (Schema schema : e.getValue().schemas()) {
                for (Table table : schema.tables()) {
                    if (table.kind() == TableKind.PARTITION) {
                        continue;
                    }
                    Set<String> keyColumns = new HashSet<>();
                    for (ForeignKey fk : table.foreignKeys()) {
                        keyColumns.addAll(fk.columns());
                    }
                    for (Column column : table.columns()) {
                        if (column.name().equalsIgnoreCase("id") || keyColumns.contains(column.name())) {
                            continue;
                        }
                        Optional<EntityNames.KeyName> key = EntityNames.keyName(column.name());
                        if (key.isEmpty() || own.contains(key.get().stem())) {
                            continue;
                        }
                        List<Target> targets = byEntity.getOrDefault(key.get().stem(), List.of()).stream()
                                .filter(t -> !t.service().equals(service)).toList();
                        List<ReferenceProposal> found = new ArrayList<>();
                        for (Target target : targets) {
                            propose(e.getValue(), schema, table, column, key.get(), target).ifPresent(found::add);
                        }
                        for (ReferenceProposal p : found) {
                            ReferenceProposal adjusted = found.size() == 1 ? p : ambiguous(p, found.size());
                            if (adjusted.confidence() >= threshold) {
                                proposals.add(adjusted);
                            }
                        }
                    }
                }
            }
        }
        proposals.sort(Comparator.comparing((ReferenceProposal p) -> p.pair().from().toString())
                .thenComparing(Comparator.comparingDouble(ReferenceProposal::confidence).reversed())
                .thenComparing(p -> p.pair().to().toString()));
        return List.copyOf(proposals);
    }

    private static Target target(String service, Snapshot snapshot, Schema schema, Table table) {
        Column primary = null;
        List<Column> unique = new ArrayList<>();
        for (Constraint c : table.constraints()) {
            if (c.columns().size() != 1) {
                continue;
            }
            Optional<Column> column = table.column(c.columns().get(0));
            if (c.kind() == ConstraintKind.PRIMARY_KEY) {
                primary = column.orElse(null);
            } else if (c.kind() == ConstraintKind.UNIQUE) {
                column.ifPresent(unique::add);
            }
        }
        for (Index index : table.indexes()) {
            if (index.unique() && index.valid() && index.predicate() == null && index.keyParts().size() == 1
                    && index.columns().size() == 1) {
                Optional<Column> column = table.column(index.columns().get(0));
                if (index.primary() && primary == null) {
                    primary = column.orElse(null);
                } else {
                    column.filter(c -> !unique.contains(c)).ifPresent(unique::add);
                }
            }
        }
        if (primary != null) {
            Column pk = primary;
            unique.removeIf(c -> c.name().equals(pk.name()));
        }
        return new Target(service, snapshot, schema, table, primary, List.copyOf(unique));
    }

    private Optional<ReferenceProposal> propose(Snapshot source, Schema schema, Table table, Column column,
                                                EntityNames.KeyName key, Target target) {
        Optional<Column> keyColumn = keyColumn(target, key.style());
        if (keyColumn.isEmpty()) {
            return Optional.empty();
        }
        Column to = keyColumn.get();
        boolean primary = target.primaryKey() != null && to.name().equals(target.primaryKey().name());
        String targetName = target.schema().name() + "." + target.table().name();
        List<String> evidence = new ArrayList<>();
        boolean plural = key.stem().equals(EntityNames.snake(target.table().name()))
                && EntityNames.plural(target.table().name());
        double confidence = key.style().base() - (plural ? 0.05 : 0);
        evidence.add("\"" + column.name() + "\" names \"" + target.table().name() + "\" of service \""
                + target.service() + "\"" + (plural ? " in the plural" : ""));
        if (primary) {
            confidence += 0.05;
            evidence.add("\"" + target.table().name() + "." + to.name() + "\" is its primary key");
        } else {
            evidence.add("\"" + target.table().name() + "." + to.name() + "\" is a unique key");
        }
        TypeFit fit = TypeFit.of(type(source, column), type(target.snapshot(), to));
        confidence += fit.adjustment();
        evidence.add(fit.reason());
        if (column.name().equalsIgnoreCase(to.name())) {
            confidence += 0.03;
            evidence.add("same name as the key");
        }
        String comment = column.comment() == null ? "" : column.comment().toLowerCase(Locale.ROOT);
        String table1 = target.table().name().toLowerCase(Locale.ROOT);
        if (comment.contains(table1 + "." + to.name().toLowerCase(Locale.ROOT))
                || (comment.contains(table1) && comment.contains(target.service().toLowerCase(Locale.ROOT)))) {
            confidence += 0.05;
            evidence.add("the column comment names \"" + target.table().name() + "\"");
        }
        if (indexed(table, column.name())) {
            confidence += 0.03;
            evidence.add("\"" + column.name() + "\" is indexed");
        }
        ReferencePair pair = new ReferencePair(
                QualifiedName.column(source.service(), schema.name(), table.name(), column.name()),
                QualifiedName.column(target.service(), target.schema().name(), target.table().name(), to.name()));
        return Optional.of(new ReferenceProposal(pair, round(confidence), evidence));
    }

    private static Optional<Column> keyColumn(Target target, KeyStyle style) {
        if (style == KeyStyle.UUID) {
            List<Column> keys = new ArrayList<>();
            if (target.primaryKey() != null) {
                keys.add(target.primaryKey());
            }
            keys.addAll(target.uniqueKeys());
            return keys.stream()
                    .filter(c -> TypeFit.of(type(target.snapshot(), c), "uuid").adjustment() > 0)
                    .min(Comparator.comparingInt(ReferenceInference::uuidPreference));
        }
        if (target.primaryKey() != null) {
            return Optional.of(target.primaryKey());
        }
        return target.uniqueKeys().stream().filter(c -> c.name().equalsIgnoreCase("id")).findFirst();
    }

    private static int uuidPreference(Column c) {
        String name = c.name().toLowerCase(Locale.ROOT);
        return name.equals("uuid") ? 0 : name.equals("public_id") ? 1 : name.endsWith("uuid") ? 2 : 3;
    }

    private static boolean indexed(Table table, String column) {
        for (Index index : table.indexes()) {
            List<String> keys = index.keys();
            if (!keys.isEmpty() && keys.get(0).equals(column)) {
                return true;
            }
        }
        for (Constraint c : table.constraints()) {
            if ((c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE)
                    && !c.columns().isEmpty() && c.columns().get(0).equals(column)) {
                return true;
            }
        }
        return false;
    }

    private static String type(Snapshot snapshot, Column column) {
        return column.normalizedType() != null ? column.normalizedType()
                : TypeNames.normalize(snapshot.engine(), column.type());
    }

    private static ReferenceProposal ambiguous(ReferenceProposal p, int candidates) {
        List<String> evidence = new ArrayList<>(p.evidence());
        evidence.add("the name also fits " + (candidates - 1) + " other table" + (candidates > 2 ? "s" : ""));
        return new ReferenceProposal(p.pair(), round(p.confidence() - 0.10 * (candidates - 1)), evidence);
    }

    private static double round(double confidence) {
        return Math.max(0, Math.min(0.99, Math.round(confidence * 100) / 100.0));
    }
}

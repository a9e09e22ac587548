package dev.phaseshift.estate;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the names an estate file uses (references, consumer contracts, decisions) against its services and
 * their snapshots. Every finding is a {@link Problem} at the name's place in the file: an unknown service,
 * table or column is an error; a decision about a column that is gone is a warning (it is kept, because the
 * column may come back). Names in a service without a snapshot can only be checked up to the service.
 */
public final class EstateCheck {
    public static final String UNKNOWN_SERVICE = "unknown-service";
    public static final String UNKNOWN_SCHEMA = "unknown-schema";
    public static final String UNKNOWN_TABLE = "unknown-table";
    public static final String UNKNOWN_COLUMN = "unknown-column";
    public static final String STALE_DECISION = "stale-decision";
    public static final String DUPLICATE_REFERENCE = "duplicate-reference";

    private final EstateDefinition definition;
    private final Map<String, Snapshot> snapshots;

    private EstateCheck(EstateDefinition definition, Map<String, Snapshot> snapshots) {
        this.definition = definition;
        this.snapshots = snapshots;
    }

    public static List<Problem> check(EstateDefinition definition, Map<String, Snapshot> snapshots) {
        return new EstateCheck(definition, snapshots).run();
    }

    public static List<Problem> check(Estate estate) {
        return check(estate.definition(), estate.snapshots());
    }

    private List<Problem> run() {
        List<Problem> problems = new ArrayList<>();
        Set<ReferencePair> declared = new HashSet<>();
        for (DeclaredReference r : definition.references()) {
            String context = "reference \"" + r.pair() + "\"";
            column(r.from(), context, r.fromLocation(), Severity.ERROR, problems);
            column(r.to(), context, r.toLocation(), Severity.ERROR, problems);
            if (!declared.add(r.pair())) {
                problems.add(Problem.warning(DUPLICATE_REFERENCE, "reference \"" + r.pair() + "\" is declared twice",
                        "remove one of the entries", r.location()));
            }
        }
        for (ConsumerContract c : definition.consumers()) {
            String context = "consumer contract \"" + c.label() + "\"";
            if (definition.service(c.service()).isEmpty()) {
                problems.add(unknownService(c.service(), context, c.location(), Severity.ERROR));
            }
            for (List<TableAccess> accesses : List.of(c.reads(), c.writes())) {
                for (TableAccess a : accesses) {
                    Optional<List<Column>> columns = relation(a.relation(), context, a.location(), Severity.ERROR,
                            problems);
                    if (columns.isEmpty()) {
                        continue;
                    }
                    for (int i = 0; i < a.columns().size(); i++) {
                        String name = a.columns().get(i);
                        if (columns.get().stream().noneMatch(col -> col.name().equals(name))) {
                            problems.add(unknownColumn(a.relation().withMember(name), columns.get(), context,
                                    a.columnLocations().get(i), Severity.ERROR));
                        }
                    }
                }
            }
        }
        for (ReferenceDecision d : definition.decisions()) {
            String context = "decision \"" + d.verdict().key() + ": " + d.pair() + "\"";
            List<Problem> stale = new ArrayList<>();
            column(d.pair().from(), context, d.location(), Severity.WARNING, stale);
            column(d.pair().to(), context, d.location(), Severity.WARNING, stale);
            for (Problem p : stale) {
                problems.add(new Problem(p.code().equals(UNKNOWN_SERVICE) ? UNKNOWN_SERVICE : STALE_DECISION,
                        Severity.WARNING, p.message(), "the decision is kept in case the column comes back; "
                        + "delete the line if it is gone for good", p.location()));
            }
        }
        return List.copyOf(problems);
    }

    /** Checks a column name; adds a problem when it is unknown, nothing when it cannot be checked. */
    private void column(QualifiedName name, String context, SourceLocation at, Severity severity,
                        List<Problem> problems) {
        Optional<List<Column>> columns = relation(name.relationName(), context, at, severity, problems);
        if (columns.isPresent() && columns.get().stream().noneMatch(c -> c.name().equals(name.member()))) {
            problems.add(unknownColumn(name, columns.get(), context, at, severity));
        }
    }

    /** The columns of the named table or view; empty when it is unknown (a problem is added) or unchecked. */
    private Optional<List<Column>> relation(QualifiedName name, String context, SourceLocation at, Severity severity,
                                            List<Problem> problems) {
        if (definition.service(name.service()).isEmpty()) {
            problems.add(unknownService(name.service(), context, at, severity));
            return Optional.empty();
        }
        Snapshot snapshot = snapshots.get(name.service());
        if (snapshot == null) {
            return Optional.empty();
        }
        Optional<Schema> schema = snapshot.schema(name.schema());
        if (schema.isEmpty()) {
            List<String> known = snapshot.schemas().stream().map(Schema::name).toList();
            problems.add(new Problem(UNKNOWN_SCHEMA, severity, "unknown schema \"" + name.service() + "."
                    + name.schema() + "\" in " + context, hint(name.schema(), known,
                    "service \"" + name.service() + "\" has schemas " + quoted(known)), at));
            return Optional.empty();
        }
        Optional<Table> table = schema.get().table(name.relation());
        if (table.isPresent()) {
            return Optional.of(table.get().columns());
        }
        Optional<View> view = schema.get().view(name.relation());
        if (view.isPresent()) {
            return Optional.of(view.get().columns());
        }
        List<String> known = new ArrayList<>();
        schema.get().tables().forEach(t -> known.add(t.name()));
        schema.get().views().forEach(v -> known.add(v.name()));
        problems.add(new Problem(UNKNOWN_TABLE, severity, "unknown table \"" + name + "\" in " + context,
                hint(name.relation(), known, "the snapshot of \"" + name.service()
                        + "\" has no such table or view; run phaseshift inspect if it is new"), at));
        return Optional.empty();
    }

    private Problem unknownService(String service, String context, SourceLocation at, Severity severity) {
        List<String> known = definition.services().stream().map(ServiceDefinition::name).toList();
        return new Problem(UNKNOWN_SERVICE, severity, "unknown service \"" + service + "\" in " + context,
                hint(service, known, "declare it under \"services:\""), at);
    }

    private static Problem unknownColumn(QualifiedName name, List<Column> columns, String context, SourceLocation at,
                                         Severity severity) {
        List<String> known = columns.stream().map(Column::name).toList();
        return new Problem(UNKNOWN_COLUMN, severity, "unknown column \"" + name.member() + "\" of \""
                + name.relationName() + "\" in " + context,
                hint(name.member(), known, "\"" + name.relationName() + "\" has columns " + quoted(known)), at);
    }

    private static String hint(String name, List<String> known, String otherwise) {
        return ClosestName.to(name, known).map(c -> "did you mean \"" + c + "\"?").orElse(otherwise);
    }

    private static String quoted(List<String> names) {
        List<String> shown = names.size() > 12 ? names.subList(0, 12) : names;
        StringBuilder out = new StringBuilder();
        for (String n : shown) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(n).append('"');
        }
        return out + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "");
    }
}

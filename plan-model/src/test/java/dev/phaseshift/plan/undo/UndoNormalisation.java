package dev.phaseshift.plan.undo;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences a rollback is allowed to leave, each only where the undo said so in a note (a {@link Problem}
 * of the rollback). Both sides are changed the same way, so anything the notes do not cover still fails:
 * <ul>
 *   <li>{@code undo-column-position}: PostgreSQL appends a re-added column, so that table's columns are compared
 *       by name, not position;</li>
 *   <li>{@code undo-loses-values} of a table: row estimates and sizes are statistics of rows that are gone;</li>
 *   <li>{@code undo-owner}: the re-created table belongs to whoever runs the rollback;</li>
 *   <li>{@code undo-view-model}: a re-created view is known by its definition until introspected again, so views
 *       named so are compared by definition; {@code undo-not-restored} view parts are then covered too;</li>
 *   <li>{@code undo-not-restored} trigger or exclusion constraint: left out on both sides;</li>
 *   <li>{@code undo-invalid-index}: the index comes back valid;</li>
 *   <li>{@code undo-key-order}: MySQL lists a re-created key or check after the table's others, so that table's
 *       keys and checks are compared without the server's order;</li>
 *   <li>{@code undo-trigger-context}: a MySQL trigger comes back written from its parts, with the rollback
 *       session's sql_mode and definer.</li>
 * </ul>
 */
final class UndoNormalisation {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** The prefix the simulation puts before a rollback's problems. */
    private static final Pattern STEP = Pattern.compile("^rollback of step \"[^\"]*\" \\([^)]*\\), \\w+: ");

    private UndoNormalisation() {
    }

    static Snapshot apply(Snapshot s, List<Problem> notes) {
        Snapshot out = s;
        for (Problem note : notes) {
            Problem p = new Problem(note.code(), note.severity(), STEP.matcher(note.message()).replaceFirst(""),
                    note.help(), note.location());
            List<String> names = quoted(p.message());
            String table = tableOf(p.message());
            switch (p.code()) {
                case "undo-column-position" -> out = editTable(out, table, t -> t.withColumns(t.columns().stream()
                        .sorted(Comparator.comparing(Column::name)).map(c -> c.withOrdinal(0)).toList()));
                case "undo-loses-values" -> {
                    if (p.message().contains("the drop of table")) {
                        out = editTable(out, table, t -> t.toBuilder().rowEstimate(null).sizeBytes(null).build());
                    }
                }
                case "undo-owner" -> out = editTable(out, table, t -> t.toBuilder().owner(null).build());
                case "undo-view-model" -> out = editView(out, names.get(names.size() - 1),
                        v -> View.builder(v.name()).definition(v.definition()).build());
                case "undo-invalid-index" -> out = editTable(out, table, t -> t.withIndexes(t.indexes().stream()
                        .map(i -> i.name().equals(names.get(0)) ? i.toBuilder().valid(true).build() : i).toList()));
                case "undo-key-order" -> out = editTable(out, table, t -> t.toBuilder()
                        .indexes(t.indexes().stream().map(i -> i.toBuilder().position(null).build()).toList())
                        .constraints(t.constraints().stream().map(c -> c.withPosition(null)).toList()).build());
                case "undo-trigger-context" -> {
                    Matcher trigger = Pattern.compile("trigger \"([^\"]*)\"").matcher(p.message());
                    if (trigger.find()) {
                        String g = trigger.group(1);
                        out = editTable(out, table, t -> t.toBuilder().triggers(t.triggers().stream()
                                .map(x -> x.name().equals(g) ? x.toBuilder().sqlMode(null).definer(null).statement(null).build() : x)
                                .toList()).build());
                    }
                }
                case "undo-not-restored" -> {
                    Matcher trigger = Pattern.compile("trigger \"([^\"]*)\"").matcher(p.message());
                    Matcher exclusion = Pattern.compile("exclusion constraint \"([^\"]*)\"").matcher(p.message());
                    if (trigger.find()) {
                        String g = trigger.group(1);
                        out = editTable(out, table, t -> t.toBuilder().triggers(t.triggers().stream()
                                .filter(x -> !x.name().equals(g)).toList()).build());
                    } else if (exclusion.find()) {
                        String c = exclusion.group(1);
                        out = editTable(out, table, t -> t.toBuilder()
                                .constraints(t.constraints().stream().filter(x -> !c.equals(x.name())).toList())
                                .indexes(t.indexes().stream().filter(x -> !c.equals(x.constraint())).toList())
                                .build());
                    }
                }
                default -> {
                }
            }
        }
        return out.canonical();
    }

    private static List<String> quoted(String message) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(message);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The plan name of the table a note is about: the quoted name after {@code table}. */
    private static String tableOf(String message) {
        Matcher m = Pattern.compile("table \"([^\"]*)\"").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static Snapshot editTable(Snapshot s, String qualified, UnaryOperator<Table> edit) {
        if (qualified == null) {
            return s;
        }
        int dot = qualified.indexOf('.');
        String schema = qualified.substring(0, dot);
        String table = qualified.substring(dot + 1);
        return s.withSchemas(s.schemas().stream().map(x -> !x.name().equals(schema) ? x : x.withTables(
                x.tables().stream().map(t -> t.name().equals(table) ? edit.apply(t) : t).toList())).toList());
    }

    private static Snapshot editView(Snapshot s, String qualified, UnaryOperator<View> edit) {
        int dot = qualified.indexOf('.');
        String schema = qualified.substring(0, dot);
        String view = qualified.substring(dot + 1);
        return s.withSchemas(s.schemas().stream().map((Schema x) -> !x.name().equals(schema) ? x : x.withViews(
                x.views().stream().map(v -> v.name().equals(view) ? edit.apply(v) : v).toList())).toList());
    }
}

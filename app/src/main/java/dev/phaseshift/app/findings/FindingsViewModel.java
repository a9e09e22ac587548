package dev.phaseshift.app.findings;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;

/** The findings of the open estate: errors first, then warnings and notes, each in file order. */
public final class FindingsViewModel {
    private final ObservableList<Problem> findings = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final java.util.Map<String, List<Problem>> serviceProblems = new java.util.TreeMap<>();
    private List<Problem> estateProblems = List.of();

    /** Shows the problems of a newly opened estate in place of the previous ones. */
    public void show(List<Problem> problems) {
        estateProblems = List.copyOf(problems);
        refresh();
    }

    /**
     * Shows what went wrong reaching one service (testing its connection, reading its schema) beside the estate's
     * findings, in place of that service's earlier ones; an empty list clears them. Kept when the estate reloads.
     */
    public void showServiceProblems(String service, List<Problem> problems) {
        if (problems.isEmpty()) {
            serviceProblems.remove(service);
        } else {
            serviceProblems.put(service, List.copyOf(problems));
        }
        refresh();
    }

    public void clear() {
        estateProblems = List.of();
        serviceProblems.clear();
        refresh();
    }

    private void refresh() {
        List<Problem> all = new java.util.ArrayList<>(estateProblems);
        serviceProblems.values().forEach(all::addAll);
        findings.setAll(all.stream().sorted(Comparator.comparing(Problem::severity)).toList());
        summary.set(summaryOf(findings));
    }

    public ObservableList<Problem> findings() {
        return readOnlyFindings;
    }

    /** "2 errors · 1 warning", empty when there is nothing; for the tab's title. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private static String summaryOf(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Severity s : Severity.values()) {
            long n = problems.stream().filter(p -> p.severity() == s).count();
            if (n > 0) {
                String word = switch (s) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    case INFO -> "note";
                };
                out.append(out.length() == 0 ? "" : " · ").append(n).append(' ').append(word).append(n == 1 ? "" : "s");
            }
        }
        return out.toString();
    }
}

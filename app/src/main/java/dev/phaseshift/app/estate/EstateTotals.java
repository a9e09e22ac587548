package dev.phaseshift.app.estate;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/** The counts that describe an estate at a glance. */
public record EstateTotals(int services, int inspected, int tables, int columns, int foreignKeys, int indexes,
                           int views) {

    public static EstateTotals of(Estate estate) {
        int inspected = 0;
        int tables = 0;
        int columns = 0;
        int foreignKeys = 0;
        int indexes = 0;
        int views = 0;
        for (var service : estate.services()) {
            Snapshot snapshot = estate.snapshot(service.name()).orElse(null);
            if (snapshot == null) {
                continue;
            }
            inspected++;
            tables += snapshot.tableCount();
            columns += snapshot.columnCount();
            foreignKeys += snapshot.foreignKeyCount();
            indexes += snapshot.indexCount();
            views += snapshot.viewCount();
        }
        return new EstateTotals(estate.services().size(), inspected, tables, columns, foreignKeys, indexes, views);
    }

    public int notInspected() {
        return services - inspected;
    }

    /** A short line for the status bar: {@code 7 services · 68 tables}, plus what is not inspected. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add(count(services, "service", "services"));
        parts.add(count(tables, "table", "tables"));
        if (notInspected() > 0) {
            parts.add(notInspected() + " not inspected");
        }
        return String.join(" · ", parts);
    }

    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

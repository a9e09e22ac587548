package dev.phaseshift.lint;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lint fixtures: {@code src/test/resources/lint/<rule-id>/<case>.plan.yaml}, linted against the demo estate
 * (its snapshots and its consumer contracts).
 * A {@code -vNN} suffix runs the case on another server version: {@code -v11} makes the PostgreSQL services
 * PostgreSQL 11, {@code -v57}/{@code -v80} makes the MySQL-family services MySQL 5.7/8.0 (the demo runs
 * PostgreSQL 15 and MariaDB 10.11).
 */
final class LintFixtures {
    static final Path ROOT = Path.of("src/test/resources/lint");
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)\\.plan\\.yaml$");

    private LintFixtures() {
    }

    static List<Path> cases() {
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".plan.yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan read with its origin written {@code rule-id/case.plan.yaml}, so expected output is stable. */
    static Plan plan(Path file) throws PlanFormatException, IOException {
        String origin = ROOT.relativize(file).toString().replace('\\', '/');
        return PlanFile.read(Files.readString(file, StandardCharsets.UTF_8), origin, false);
    }

    static Map<String, Snapshot> snapshots(Path file) {
        Map<String, Snapshot> out = new LinkedHashMap<>(DemoEstate.load().snapshots());
        Matcher m = VERSION.matcher(file.getFileName().toString());
        if (m.find()) {
            int v = Integer.parseInt(m.group(1));
            out.replaceAll((name, s) -> at(s, v));
        }
        return out;
    }

    private static Snapshot at(Snapshot s, int version) {
        if (s.engine() == Engine.POSTGRESQL && version < 50) {
            return new Snapshot(s.service(), s.engine(), ServerProduct.POSTGRESQL, version + ".0", s.database(),
                    s.source(), s.skipped(), s.schemas());
        }
        if (s.engine() == Engine.MYSQL && version >= 50) {
            return new Snapshot(s.service(), s.engine(), ServerProduct.MYSQL, version / 10 + "." + version % 10 + ".40",
                    s.database(), s.source(), s.skipped(), s.schemas());
        }
        return s;
    }

    /** The demo estate with the snapshots of {@link #snapshots}, so rules see its consumer contracts too. */
    static Estate estate(Path file) {
        return DemoEstate.load().withSnapshots(snapshots(file));
    }

    /** What {@code phaseshift lint} prints for the findings, one line each. */
    static String text(List<Finding> findings) {
        return findings.stream().map(Finding::toString).collect(Collectors.joining("\n", "", findings.isEmpty() ? "" : "\n"));
    }
}

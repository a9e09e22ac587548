package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.SqlFileLint;
import dev.phaseshift.plan.sql.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules' plain-file cases: {@code src/test/resources/lint/<rule-id>/<ok|bad>-file-<pg|mysql|mariadb>[-vNN].sql},
 * linted as {@code phaseshift lint FILE.sql} does (statements in one session, on the schema the file assumes). An
 * ok file gives no finding; a bad one gives exactly the lines of {@code <case>.expected.txt}, among them one of its
 * own rule. Files run on PostgreSQL 15, MySQL 8.0 or MariaDB 10.11 unless a {@code -vNN} suffix says another
 * version ({@code -v11}: PostgreSQL 11; {@code -v57}: MySQL 5.7).
 */
class SqlFileFixturesTest {
    private static final Pattern NAME = Pattern.compile("^(ok|bad)-file-(pg|mysql|mariadb)(?:-[a-z-]+?)?(?:-v(\\d+))?\\.sql$");

    static List<Path> cases() {
        try (Stream<Path> files = Files.walk(LintFixtures.ROOT, 2)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fileGivesItsExpectedFindings(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        assertThat(m.matches()).as(name + " says ok or bad, then file-pg, file-mysql or file-mariadb").isTrue();
        String origin = LintFixtures.ROOT.relativize(file).toString().replace('\\', '/');
        LintResult result = SqlFileLint.of(origin, Files.readString(file, StandardCharsets.UTF_8),
                dialect(m.group(2), m.group(3))).lint();

        if (m.group(1).equals("ok")) {
            assertThat(LintFixtures.text(result.findings())).as(origin).isEmpty();
        } else {
            Path expected = file.resolveSibling(name.replace(".sql", ".expected.txt"));
            assertThat(LintFixtures.text(result.findings())).as(origin)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            String ruleId = file.getParent().getFileName().toString();
            assertThat(result.findings()).as("a bad case shows its own rule").anyMatch(f -> f.ruleId().equals(ruleId));
        }
    }

    private static Dialect dialect(String engine, String version) {
        int v = version == null ? 0 : Integer.parseInt(version);
        return switch (engine) {
            case "pg" -> Dialect.postgres(v == 0 ? 15 : v);
            case "mysql" -> v == 0 ? Dialect.mysql(8, 0, 40) : Dialect.mysql(v / 10, v % 10, 40);
            default -> Dialect.mariadb(10, 11, 6);
        };
    }
}

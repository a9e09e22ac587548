package dev.phaseshift.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs commands as whole processes for the benchmarks that time what a user or CI waits for: the command-line
 * distribution's launcher, the runnable jar, a peer's binary. Each run is a fresh process; the OS caches stay warm.
 */
final class WholeProcess {
    private WholeProcess() {
    }

    /** The runnable jar built by {@code ./mvnw -B -q -DskipTests package}. */
    static Path jar() {
        Path jar = Files.exists(Path.of("target/phaseshift.jar")) ? Path.of("target/phaseshift.jar")
                : Path.of("plan-model/target/phaseshift.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the command line first: ./mvnw -B -q -DskipTests package");
        }
        return jar;
    }

    /** The command-line distribution unpacked into {@code work}; its launcher script. */
    static Path launcher(Path work) throws IOException {
        Path zip;
        Path target = Files.exists(Path.of("../packaging")) ? Path.of("../packaging/target") : Path.of("packaging/target");
        try (var found = Files.list(target)) {
            zip = found.filter(p -> p.getFileName().toString().matches("phaseshift-cli-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the distribution first: ./mvnw -B -q "
                            + "-DskipTests package"));
        }
        return launcher(zip, work);
    }

    /** The command-line distribution {@code zip} unpacked into {@code work}; its launcher script. */
    static Path launcher(Path zip, Path work) throws IOException {
        Path into = work.resolve("dist");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path file = into.resolve(e.getName()).normalize();
                if (e.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(in, file);
                }
            }
        }
        try (var found = Files.walk(into)) {
            return found.filter(p -> p.endsWith(Path.of("bin", "phaseshift"))).findFirst().orElseThrow();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Seconds from start to exit; an exit code outside {@code accepted} fails with the command's output. */
    static double seconds(List<String> command, Map<String, String> environment, int... accepted)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (Arrays.stream(accepted).noneMatch(c -> c == code)) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return seconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Deletes {@code dir} and everything in it. */
    static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}

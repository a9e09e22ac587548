package dev.phaseshift.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start as users and CI meet it, each a fresh process with the OS caches warm, median of the timed runs:
 * {@code phaseshift --version} and {@code phaseshift lint} on a one-statement file, by the distribution's launcher
 * (with the class-data-sharing archive it makes on its first run, and with {@code PHASESHIFT_CDS=off}) and by
 * {@code java -jar}; and the desktop app image from launch until the demo estate is painted (the app's
 * {@code phaseshift.startupProbe}, milliseconds since its process started), with the image's CDS archive and
 * without, under a private Xvfb when there is no display. Also the app image's size on disk.
 *
 * <p>Run after {@code ./mvnw -B -q -DskipTests -Pdesktop package} (without {@code -Pdesktop} the app is left out):
 * {@code ./mvnw -q -pl plan-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.bench.StartupBenchmark}. Arguments: timed runs (default 5), then optionally an
 * older command-line zip to time beside this one (the "before" of a change). {@code -Dphaseshift.bench.appOnly=true}
 * times the app image alone. The build's image has no CDS archive (it is made where the image is installed): make
 * one in place first with {@code sh packaging/target/jpackage/image/Phaseshift/lib/app/phaseshift-cds.sh create}.
 */
public final class StartupBenchmark {
    private static final Pattern PAINTED = Pattern.compile("estate painted (\\d+) ms");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("phaseshift-startup-bench");
        try {
            Path sql = Files.writeString(work.resolve("one.sql"), "ALTER TABLE orders ADD COLUMN priority smallint;\n");
            Map<String, List<String>> launchers = new LinkedHashMap<>();
            launchers.put("bin/phaseshift", List.of("sh", WholeProcess.launcher(work).toString()));
            if (args.length > 1) {
                launchers.put("before: bin/phaseshift", List.of("sh", unpack(Path.of(args[1]),
                        work.resolve("before")).toString()));
            }
            Map<String, String> off = Map.of("PHASESHIFT_CDS", "off");
            List<String> jar = List.of(WholeProcess.java(), "-jar", WholeProcess.jar().toString());
            List<String> version = List.of("--version");
            List<String> lint = List.of("lint", sql.toString(), "--engine", "postgresql");
            System.out.printf(Locale.ROOT, "%d cores, load average %s%n", Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).strip());
            int n = 0;
            if (Boolean.getBoolean("phaseshift.bench.appOnly")) {
                launchers.clear();
            }
            for (Map.Entry<String, List<String>> l : launchers.entrySet()) {
                Path cacheHome = work.resolve("cache-" + n++);
                Map<String, String> cache = Map.of("XDG_CACHE_HOME", cacheHome.toString());
                // the first run makes the archive (in the background): wait for it before timing
                WholeProcess.seconds(WholeProcess.concat(l.getValue(), lint), cache, 0, 1);
                awaitArchive(cacheHome.resolve("phaseshift"));
                time(l.getKey() + " --version", WholeProcess.concat(l.getValue(), version), cache, runs);
                time(l.getKey() + " lint one.sql", WholeProcess.concat(l.getValue(), lint), cache, runs);
                time(l.getKey() + " --version (CDS off)", WholeProcess.concat(l.getValue(), version), off, runs);
                time(l.getKey() + " lint one.sql (CDS off)", WholeProcess.concat(l.getValue(), lint), off, runs);
            }
            if (!launchers.isEmpty()) {
                time("java -jar phaseshift.jar --version", WholeProcess.concat(jar, version), Map.of(), runs);
                time("java -jar phaseshift.jar lint one.sql", WholeProcess.concat(jar, lint), Map.of(), runs);
            }
            appImage(runs);
        } finally {
            WholeProcess.delete(work);
        }
    }

    /**
     * Wall-clock seconds and CPU seconds (user + system of the command and its children, from the shell's
     * {@code times}) of fresh runs. On a shared, loaded machine the wall clock mostly measures the queue for a core;
     * the CPU time is what the process itself costs.
     */
    private static void time(String name, List<String> command, Map<String, String> env, int runs)
            throws IOException, InterruptedException {
        timed(command, env);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            double[] one = timed(command, env);
            wall[r] = one[0];
            cpu[r] = one[1];
        }
        System.out.printf(Locale.ROOT, "%-48s median %.3f s wall, %.3f s CPU  runs %s%n", name,
                WholeProcess.median(wall), WholeProcess.median(cpu), Arrays.toString(rounded(wall)));
    }

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");

    private static double[] timed(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> wrapped = new ArrayList<>(List.of("sh", "-c", "\"$@\" >/dev/null 2>&1; code=$?; times; "
                + "[ $code -le 1 ]", "sh"));
        wrapped.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(wrapped).redirectErrorStream(true);
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        Matcher m = TIMES.matcher(output);
        if (code != 0 || !m.find()) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        double cpu = Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
        return new double[] {wall, cpu};
    }

    private static void appImage(int runs) throws IOException, InterruptedException {
        Path image = Path.of(Files.exists(Path.of("../packaging")) ? "../packaging" : "packaging",
                "target/jpackage/image/Phaseshift");
        if (!Files.isExecutable(image.resolve("bin/Phaseshift"))) {
            System.out.println("app image: not built (./mvnw -B -q -DskipTests -Pdesktop package)");
            return;
        }
        System.out.printf(Locale.ROOT, "app image %s: %.1f MB on disk%n", image, size(image) / 1e6);
        Process xvfb = null;
        Map<String, String> env = new LinkedHashMap<>();
        if (System.getenv("DISPLAY") == null) {
            xvfb = new ProcessBuilder("Xvfb", ":73", "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1000);
            env.put("DISPLAY", ":73");
        }
        Path prefs = Files.createTempDirectory("phaseshift-prefs");
        try {
            String probe = "-Dphaseshift.startupProbe=exit -Djava.util.prefs.userRoot=" + prefs;
            List<String> launcher = List.of(image.resolve("bin/Phaseshift").toString());
            Map<String, String> withArchive = new LinkedHashMap<>(env);
            withArchive.put("JAVA_TOOL_OPTIONS", probe);
            boolean archive = Files.exists(image.resolve("lib/app/phaseshift.jsa"));
            painted("app image" + (archive ? " (with its CDS archive)" : " (no CDS archive made)"), launcher,
                    withArchive, runs);
            // the same classes and JVM, without the archive the launcher's configuration names
            List<String> plain = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString(),
                    "-Dfile.encoding=UTF-8", "-cp", classPath(image), "dev.phaseshift.app.Launcher"));
            Map<String, String> noArchive = new LinkedHashMap<>(env);
            noArchive.put("JAVA_TOOL_OPTIONS", probe);
            painted("app image runtime without the archive", plain, noArchive, runs);
        } finally {
            WholeProcess.delete(prefs);
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private static void painted(String name, List<String> command, Map<String, String> env, int runs)
            throws IOException, InterruptedException {
        paintedMillis(command, env);
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            ms[r] = paintedMillis(command, env);
        }
        System.out.printf(Locale.ROOT, "%-52s median %.3f s  runs %s (launch to demo estate painted)%n", name,
                WholeProcess.median(ms) / 1000, Arrays.toString(rounded(Arrays.stream(ms).map(m -> m / 1000)
                        .toArray())));
    }

    private static double paintedMillis(List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        // timed here, from before the launch until the app prints that it painted: the app's own figure counts
        // from the process start time the OS reports, which Linux gives only to the second of its boot time
        long launched = System.nanoTime();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        double painted = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (painted < 0 && PAINTED.matcher(line).find()) {
                    painted = (System.nanoTime() - launched) / 1e6;
                }
                output.append(line).append('\n');
            }
        }
        process.waitFor();
        if (painted < 0) {
            throw new IllegalStateException(String.join(" ", command) + " painted no estate:\n" + output);
        }
        return painted;
    }

    private static String classPath(Path image) throws IOException {
        Path app = image.resolve("lib/app");
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(app.resolve("Phaseshift.cfg"))) {
            if (line.startsWith("app.classpath=")) {
                entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", app.toString()));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static Path unpack(Path zip, Path into) throws IOException {
        return WholeProcess.launcher(zip, Files.createDirectories(into));
    }

    private static void awaitArchive(Path dir) throws InterruptedException, IOException {
        for (int i = 0; i < 600; i++) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<String> names = files.map(p -> p.getFileName().toString()).toList();
                    if (names.stream().anyMatch(n -> n.endsWith(".jsa"))
                            && names.stream().noneMatch(n -> n.endsWith(".lock"))) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double[] rounded(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }
}

package dev.phaseshift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled demo estate, its snapshots and plans copied into a directory, as a user would have them. */
public final class DemoEstateFiles {
    private static final String[] SERVICES = {"customers", "catalog", "orders", "billing", "inventory", "shipping",
            "notifications"};

    private DemoEstateFiles() {
    }

    /** Writes phaseshift.yaml and snapshots/*.json into {@code dir} and returns the estate file. */
    static Path estate(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        for (String service : SERVICES) {
            copy(dir, "/demo/snapshots/" + service + ".json", "snapshots/" + service + ".json");
        }
        return copy(dir, "/demo/phaseshift.yaml", "phaseshift.yaml");
    }

    /** Copies a bundled plan ({@code rename-phone}, {@code orders-priority}) into {@code dir}. */
    public static Path plan(Path dir, String name) throws IOException {
        return copy(dir, "/demo/plans/" + name + ".plan.yaml", name + ".plan.yaml");
    }

    private static Path copy(Path dir, String resource, String name) throws IOException {
        try (InputStream in = DemoEstateFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    /**
     * The demo estate file in {@code dir} with every service pointing at the copy's databases on the test servers
     * (database names, MySQL schema names and consumer references alike), the user in each URL.
     */
    public static Path pointingAt(Path dir, dev.phaseshift.demo.DemoCopy copy, dev.phaseshift.testing.DatabaseServer pg,
                           dev.phaseshift.testing.DatabaseServer mysql) throws IOException {
        Path estate = estate(dir);
        String text = Files.readString(estate);
        for (String db : SERVICES) {
            boolean postgres = java.util.List.of("customers", "catalog", "orders", "billing").contains(db);
            dev.phaseshift.testing.DatabaseServer server = postgres ? pg : mysql;
            String copied = copy.prefix() + "shop_" + db;
            String url = server.jdbcUrl(copied);
            url = url + (url.contains("?") ? "&" : "?") + "user="
                    + java.net.URLEncoder.encode(server.user(), java.nio.charset.StandardCharsets.UTF_8);
            text = text.replace("shop_" + db, copied)
                    .replace("url: jdbc:" + (postgres ? "postgresql://127.0.0.1:5432/" : "mysql://127.0.0.1:3306/")
                            + copied, "url: " + url);
        }
        Files.writeString(estate, text);
        return estate;
    }

    /**
     * {@link #pointingAt} with the copy's schemas read into {@code dir/snapshots} by {@code phaseshift inspect}
     * ({@code --service} names, or every service): the shipped snapshots name the demo's own databases, and apply
     * and dry-run read the copy's. Fails the test when the inspection does.
     */
    public static Path inspected(Path dir, dev.phaseshift.demo.DemoCopy copy, dev.phaseshift.testing.DatabaseServer pg,
                                 dev.phaseshift.testing.DatabaseServer mysql, String... services) throws IOException {
        Path estate = pointingAt(dir, copy, pg, mysql);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("inspect", "--estate",
                estate.toString(), "--out", dir.resolve("snapshots").toString()));
        for (String service : services) {
            args.addAll(java.util.List.of("--service", service));
        }
        CliRun inspect = CliRun.of(args.toArray(String[]::new));
        org.assertj.core.api.Assertions.assertThat(inspect.exitCode()).as(inspect.err() + inspect.out()).isZero();
        return estate;
    }

    /** A test server's admin URL with its credentials as parameters, as a user would pass it to --scratch. */
    static String scratchUrl(dev.phaseshift.testing.DatabaseServer server) {
        String url = server.adminUrl();
        StringBuilder out = new StringBuilder(url).append(url.contains("?") ? '&' : '?').append("user=")
                .append(java.net.URLEncoder.encode(server.user(), java.nio.charset.StandardCharsets.UTF_8));
        if (server.password() != null && !server.password().isEmpty()) {
            out.append("&password=").append(java.net.URLEncoder.encode(server.password(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}

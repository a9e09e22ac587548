package dev.phaseshift.app.connect;

import dev.phaseshift.app.findings.FindingsViewModel;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.task.RunningTask;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.connect.SecretReference;
import dev.phaseshift.connect.SecretUnavailableException;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.estate.ServiceEditor;
import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.EstateIntrospection;
import dev.phaseshift.introspect.IntrospectionOutcome;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.ServerDiscovery;
import dev.phaseshift.introspect.ServiceTarget;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The Services tab: the estate's services as rows, and the commands that build and refresh the estate. Edits are
 * written into the estate file keeping its comments (with undo); tests and reads run through the task runner,
 * one task per service, so each row shows its own progress or error and the rest of the estate keeps working.
 * A snapshot that lands is written where the estate file says and the estate is reloaded, so the tree, overview,
 * inspector and graph show it at once.
 */
public final class ServicesViewModel {
    /** A snapshot older than this is marked stale and offered a refresh. */
    public static final Duration STALE_AFTER = Duration.ofDays(1);
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final TaskRunner tasks;
    private final ConnectDialogs dialogs;
    private final Clock clock;
    private final LogViewModel log;
    private final FindingsViewModel findings;
    private final ObservableValue<Estate> estate;
    private final ObservableValue<Path> estateFile;
    private final Consumer<Path> openEstate;
    private final Runnable reloadEstate;
    private final SessionSecrets secrets = new SessionSecrets();
    private final ServerDiscovery discovery = new ServerDiscovery();
    private final EstateIntrospection introspection = new EstateIntrospection();

    private final ObservableList<ServiceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> selection = FXCollections.observableArrayList();
    private final ObservableList<EstateEdit> undo = FXCollections.observableArrayList();
    private final ObservableList<String> reading = FXCollections.observableArrayList();
    private final Map<String, RunningTask> running = new LinkedHashMap<>();
    private final ObservableList<ServiceRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> readOnlySelection = FXCollections.unmodifiableObservableList(selection);
    private final ObservableList<String> readOnlyReading = FXCollections.unmodifiableObservableList(reading);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final BooleanBinding canUndo = Bindings.isNotEmpty(undo);
    private final BooleanBinding canEdit;
    private final BooleanBinding reads = Bindings.isNotEmpty(reading);
    private int batchTotal;
    private int batchRead;
    private int batchFailed;
    private boolean launching;

    public ServicesViewModel(TaskRunner tasks, ConnectDialogs dialogs, Clock clock, LogViewModel log,
                             FindingsViewModel findings, ObservableValue<Estate> estate,
                             ObservableValue<Path> estateFile, Consumer<Path> openEstate, Runnable reloadEstate) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.log = log;
        this.findings = findings;
        this.estate = estate;
        this.estateFile = estateFile;
        this.openEstate = openEstate;
        this.reloadEstate = reloadEstate;
        this.canEdit = Bindings.createBooleanBinding(() -> estate.getValue() != null && estateFile.getValue() != null,
                estate, estateFile);
        // a reload may bring an equal estate with snapshots of another age: every change counts, not only unequal ones
        estate.addListener((javafx.beans.Observable o) -> estateChanged(estate.getValue()));
        // edits of one estate file cannot be undone in another
        estateFile.addListener((obs, old, now) -> undo.clear());
        estateChanged(estate.getValue());
    }

    // ---- building the estate -------------------------------------------------------------------------------

    /** File ▸ New estate: asks where and how to call it, writes a file without services and opens it. */
    public void newEstate() {
        dialogs.askNewEstate().ifPresent(answer -> {
            Path file = answer.file().toAbsolutePath().normalize();
            tasks.run("creating estate " + file.getFileName(), p -> {
                if (Files.exists(file)) {
                    throw new IOException(file + " exists already; open it, or choose another name");
                }
                Files.createDirectories(file.getParent());
                ServiceEditor.write(file, ServiceEditor.newEstate(answer.name()));
                return file;
            }, created -> {
                log.info("created estate \"" + answer.name() + "\" in " + created);
                openEstate.accept(created);
            }, error -> failed("cannot create the estate", error));
        });
    }

    public void addService() {
        if (!editable()) {
            return;
        }
        ServiceFormViewModel form = ServiceFormViewModel.adding(serviceNames());
        if (dialogs.editService(form)) {
            write(List.of(form.definition()), "added service \"" + form.definition().name() + "\"");
        }
    }

    /** Edits the first selected service. */
    public void editService() {
        if (!editable() || selection.isEmpty()) {
            return;
        }
        service(selection.get(0)).ifPresent(service -> {
            ServiceFormViewModel form = ServiceFormViewModel.editing(service, serviceNames());
            if (dialogs.editService(form)) {
                write(List.of(form.definition()), "changed service \"" + service.name() + "\"");
            }
        });
    }

    /** Lists a server's databases; every ticked one becomes a service, typed passwords kept for the session. */
    public void discoverServices() {
        if (!editable()) {
            return;
        }
        DiscoveryViewModel form = new DiscoveryViewModel(tasks, discovery);
        if (!dialogs.discoverServices(form)) {
            return;
        }
        List<ServiceDefinition> found = form.services(serviceNames());
        if (found.isEmpty()) {
            return;
        }
        char[] typed = form.typedPassword();
        if (typed.length > 0) {
            found.forEach(s -> secrets.remember(s.name(), typed));
            Arrays.fill(typed, '\0');
        }
        write(found, "added " + found.size() + " discovered service" + (found.size() == 1 ? "" : "s") + " ("
                + found.stream().map(ServiceDefinition::name).collect(Collectors.joining(", ")) + ")");
    }

    /** Puts the estate file back as it was before the last change made here, if nobody changed it since. */
    public void undo() {
        Path file = estateFile.getValue();
        if (undo.isEmpty() || file == null) {
            return;
        }
        EstateEdit last = undo.get(undo.size() - 1);
        tasks.run("undoing: " + last.description(), p -> {
            String now = Files.readString(file, StandardCharsets.UTF_8);
            if (!now.equals(last.after())) {
                throw new IllegalStateException(file.getFileName() + " changed since \"" + last.description()
                        + "\"; not undoing it");
            }
            ServiceEditor.write(file, last.before());
            return last;
        }, done -> {
            undo.remove(done);
            log.info("undid: " + done.description());
            reloadEstate.run();
        }, error -> failed("cannot undo", error));
    }

    private void write(List<ServiceDefinition> services, String description) {
        Path file = estateFile.getValue();
        tasks.run("writing " + file.getFileName(), p -> {
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = before;
            for (ServiceDefinition service : services) {
                after = ServiceEditor.put(after, service, file.toString());
            }
            ServiceEditor.write(file, after);
            return new EstateEdit(description, before, after);
        }, edit -> {
            undo.add(edit);
            log.info(edit.description() + " in " + file.getFileName());
            reloadEstate.run();
        }, error -> failed("cannot change " + file.getFileName(), error));
    }

    private boolean editable() {
        if (canEdit.get()) {
            return true;
        }
        progress.set(estate.getValue() == null ? "Open or create an estate first"
                : "The demo estate cannot change: File ▸ New estate… starts one of your own");
        return false;
    }

    // ---- testing connections -------------------------------------------------------------------------------

    public void testSelected() {
        test(List.copyOf(selection));
    }

    public void testAll() {
        test(serviceOrder());
    }

    /** Connects to each service and shows its server's product and version, or the exact error, on its row. */
    public void test(List<String> names) {
        for (String name : names) {
            ServiceRow row = row(name).orElse(null);
            ServiceDefinition service = service(name).orElse(null);
            if (row == null || service == null || running.containsKey(name)) {
                continue;
            }
            Optional<Credentials> login = login(service, row);
            if (login.isEmpty()) {
                continue;
            }
            row.started("testing the connection…");
            track(name, tasks.run("testing " + name, p -> discovery.identify(name, service.engine(),
                            service.url(), login.get()),
                    identity -> {
                        running.remove(name);
                        row.serverAnswered(identity.toString());
                        row.succeeded("connected");
                        findings.showServiceProblems(name, List.of());
                        log.info("service \"" + name + "\": connected to " + identity);
                    },
                    error -> {
                        running.remove(name);
                        serviceFailed(row, "cannot-connect", error);
                    }));
        }
    }

    // ---- reading schemas -----------------------------------------------------------------------------------

    public void introspectSelected() {
        introspect(List.copyOf(selection));
    }

    public void introspectAll() {
        introspect(serviceOrder());
    }

    /**
     * Reads each service's schema in the background and writes its snapshot; the estate reloads as each lands.
     * Services being read already are left to finish.
     */
    public void introspect(List<String> names) {
        Path file = estateFile.getValue();
        if (file == null) {
            progress.set(estate.getValue() == null ? "Open or create an estate first"
                    : "The demo estate's snapshots are bundled: File ▸ New estate… to read your own databases");
            return;
        }
        if (reading.isEmpty()) {
            batchTotal = 0;
            batchRead = 0;
            batchFailed = 0;
        }
        launching = true;
        try {
            launch(file, names);
        } finally {
            launching = false;
        }
        batchStep();
    }

    private void launch(Path file, List<String> names) {
        for (String name : names) {
            ServiceRow row = row(name).orElse(null);
            ServiceDefinition service = service(name).orElse(null);
            if (row == null || service == null || running.containsKey(name)) {
                continue;
            }
            batchTotal++;
            Optional<Credentials> login = login(service, row);
            if (login.isEmpty()) {
                batchFailed++;
                continue;
            }
            row.started("reading the schema…");
            reading.add(name);
            String snapshotPath = service.snapshot() != null ? service.snapshot() : "snapshots/" + name + ".json";
            Path target = file.toAbsolutePath().getParent().resolve(snapshotPath);
            track(name, tasks.run("reading " + name, p -> read(service, login.get(), target, p),
                    landed -> {
                        finished(name);
                        batchRead++;
                        Snapshot s = landed.snapshot();
                        row.succeeded(String.format(Locale.ROOT, "read %s, %s in %.1f s%s",
                                count(s.tableCount(), "table"), count(s.viewCount(), "view"),
                                landed.elapsed().toNanos() / 1e9,
                                s.partial() ? " (partial: " + s.skipped().size() + " objects skipped)" : ""));
                        row.serverAnswered(productName(s) + " " + s.serverVersion());
                        findings.showServiceProblems(name, List.of());
                        log.info("service \"" + name + "\": snapshot written to " + landed.file());
                        if (service.snapshot() == null) {
                            recordSnapshotPath(file, service, snapshotPath);
                        }
                        reloadEstate.run();
                        batchStep();
                    },
                    error -> {
                        finished(name);
                        if (error instanceof CancellationException) {
                            row.cancelled();
                            log.info("service \"" + name + "\": reading cancelled");
                        } else {
                            batchFailed++;
                            serviceFailed(row, "cannot-read-schema", error);
                        }
                        batchStep();
                    }));
        }
    }

    /** Stops every read in progress; their rows say "cancelled" and their old snapshots stay. */
    public void cancel() {
        List.copyOf(reading).forEach(name -> {
            RunningTask task = running.get(name);
            if (task != null) {
                task.cancel();
            }
        });
    }

    private SnapshotLanded read(ServiceDefinition service, Credentials login, Path target,
                                dev.phaseshift.app.task.TaskProgress progress) throws Exception {
        String name = service.name();
        IntrospectionRequest request = IntrospectionRequest.of(name).withSchemas(service.schemas(), List.of())
                .withListener(step -> progress.message(name + ": reading " + step));
        IntrospectionOutcome outcome = introspection.introspect(new ServiceTarget(service.engine(), service.url(),
                login, request));
        if (outcome instanceof IntrospectionOutcome.Failure failure) {
            throw failure.error();
        }
        if (progress.isCancelled()) {
            throw new CancellationException("reading " + name + " was cancelled");
        }
        Snapshot snapshot = ((IntrospectionOutcome.Success) outcome).snapshot();
        Files.createDirectories(target.getParent());
        SnapshotFile.write(snapshot, target);
        return new SnapshotLanded(snapshot, target, outcome.elapsed());
    }

    private void recordSnapshotPath(Path file, ServiceDefinition service, String snapshotPath) {
        ServiceDefinition with = new ServiceDefinition(service.name(), service.team(), service.engine(),
                service.database(), service.url(), service.user(), service.password(), service.schemas(),
                snapshotPath);
        write(List.of(with), "recorded the snapshot of \"" + service.name() + "\"");
    }

    /** Remembers running work; work that finished already (an inline runner) has nothing to cancel. */
    private void track(String name, RunningTask task) {
        if (!task.isDone()) {
            running.put(name, task);
        }
    }

    private void finished(String name) {
        running.remove(name);
        reading.remove(name);
    }

    private void batchStep() {
        if (batchTotal == 0) {
            return;
        }
        int done = batchRead + batchFailed;
        if (launching || !reading.isEmpty()) {
            progress.set("Read " + done + " of " + batchTotal + " services…");
            return;
        }
        String summary = batchRead + " of " + batchTotal + " service" + (batchTotal == 1 ? "" : "s") + " read"
                + (batchFailed == 0 ? "" : ", " + batchFailed + " failed");
        progress.set(sentence(summary));
        dialogs.notifyFinished("Introspection finished", sentence(summary));
        batchTotal = 0;
    }

    // ---- logins ------------------------------------------------------------------------------------------

    /** The user and password to connect as; empty (with the reason on the row) when there are none. */
    private Optional<Credentials> login(ServiceDefinition service, ServiceRow row) {
        String name = service.name();
        String user = service.user();
        if (user == null && service.url() != null) {
            try {
                user = JdbcUrl.parse(service.url()).parameter("user");
            } catch (IllegalArgumentException e) {
                row.failed("service \"" + name + "\": " + e.getMessage());
                return Optional.empty();
            }
        }
        if (service.url() == null || user == null) {
            row.failed("service \"" + name + "\" needs " + (service.url() == null ? "a url" : "a user")
                    + ": Edit service…");
            return Optional.empty();
        }
        String askAs = user;
        char[] password;
        try {
            password = SecretReference.resolve(service.password(), name, user, (s, u) -> secrets.password(s)
                    .or(() -> dialogs.askPassword(s, askAs).map(typed -> {
                        secrets.remember(s, typed);
                        return typed;
                    })).orElse(null));
        } catch (SecretUnavailableException e) {
            row.failed("${prompt}".equals(service.password().trim())
                    ? "service \"" + name + "\": no password given" : e.getMessage());
            return Optional.empty();
        }
        Credentials credentials = Credentials.of(user, password);
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        return Optional.of(credentials);
    }

    private void serviceFailed(ServiceRow row, String code, Throwable error) {
        String message = ConnectMessages.of(error);
        row.failed(message);
        if (message.contains("[SQLState 28")) {
            // the server refused the login: a typed password was wrong, so ask again next time
            secrets.forget(row.name());
        }
        findings.showServiceProblems(row.name(), List.of(Problem.error(code, message,
                "check the service with Test connection, or Edit service…", null)));
        log.error(message);
    }

    private void failed(String what, Throwable error) {
        String message = what + ": " + ConnectMessages.of(error);
        log.error(message);
        progress.set(sentence(message));
    }

    // ---- rows --------------------------------------------------------------------------------------------

    private void estateChanged(Estate now) {
        if (now == null) {
            cancel();
            rows.clear();
            selection.clear();
            undo.clear();
            return;
        }
        Map<String, ServiceRow> old = new LinkedHashMap<>();
        rows.forEach(r -> old.put(r.name(), r));
        List<ServiceRow> next = new ArrayList<>();
        for (ServiceDefinition service : now.services()) {
            ServiceRow row = old.containsKey(service.name()) ? old.get(service.name()) : new ServiceRow(service);
            row.define(service);
            snapshotAge(now, service, row);
            next.add(row);
        }
        rows.setAll(next);
        selection.retainAll(next.stream().map(ServiceRow::name).toList());
    }

    private void snapshotAge(Estate open, ServiceDefinition service, ServiceRow row) {
        Path file = estateFile.getValue();
        if (open.snapshot(service.name()).isEmpty()) {
            row.snapshot(null, "no snapshot yet", false);
            return;
        }
        if (file == null || service.snapshot() == null) {
            row.snapshot(null, "bundled", false);
            return;
        }
        try {
            Instant taken = Files.getLastModifiedTime(file.toAbsolutePath().getParent().resolve(service.snapshot()))
                    .toInstant();
            Duration age = Duration.between(taken, clock.instant());
            java.time.ZonedDateTime local = taken.atZone(clock.getZone());
            boolean today = local.toLocalDate().equals(clock.instant().atZone(clock.getZone()).toLocalDate());
            row.snapshot(taken, "taken " + ago(age) + ", " + (today ? "today " + local.toLocalTime().withSecond(0)
                    .withNano(0) : TAKEN.format(local)), age.compareTo(STALE_AFTER) > 0);
        } catch (IOException e) {
            row.snapshot(null, "snapshot unreadable: " + e.getMessage(), true);
        }
    }

    private static String ago(Duration age) {
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min ago";
        }
        if (age.toDays() < 2) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }

    private Optional<ServiceRow> row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private Optional<ServiceDefinition> service(String name) {
        Estate open = estate.getValue();
        return open == null ? Optional.empty()
                : open.services().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private Set<String> serviceNames() {
        Estate open = estate.getValue();
        return open == null ? Set.of() : open.services().stream().map(ServiceDefinition::name)
                .collect(Collectors.toSet());
    }

    private List<String> serviceOrder() {
        return rows.stream().map(ServiceRow::name).toList();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String productName(Snapshot snapshot) {
        if (snapshot.product() == null) {
            return snapshot.engine().displayName();
        }
        return switch (snapshot.product()) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL";
            case MARIADB -> "MariaDB";
        };
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // ---- state -------------------------------------------------------------------------------------------

    public ObservableList<ServiceRow> rows() {
        return readOnlyRows;
    }

    /** The view's selected services, by name. */
    public void select(List<String> names) {
        selection.setAll(names);
    }

    public ObservableList<String> selection() {
        return readOnlySelection;
    }

    /** "Read 2 of 4 services…", or what the last command could not do. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The services being read now. */
    public ObservableList<String> reading() {
        return readOnlyReading;
    }

    public BooleanBinding readingBinding() {
        return reads;
    }

    public BooleanBinding canUndoBinding() {
        return canUndo;
    }

    /** Whether services can be added and changed: an estate file is open (not the bundled demo). */
    public BooleanBinding canEditBinding() {
        return canEdit;
    }

    /** The passwords typed this session; for tests that check where a password went. */
    SessionSecrets secrets() {
        return secrets;
    }
}

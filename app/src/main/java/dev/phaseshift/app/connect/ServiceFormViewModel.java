package dev.phaseshift.app.connect;

import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Add service…" and "Edit service…" form: engine, host, port and database or a whole JDBC URL, user,
 * schemas, team, and where the password comes from. {@link #problemBinding()} says what stops it from being
 * saved; {@link #definition()} is what goes into the estate file.
 */
public final class ServiceFormViewModel {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final ServerFields server = new ServerFields();
    private final ObjectProperty<Engine> engine = server.engineProperty();
    private final StringProperty host = server.hostProperty();
    private final StringProperty port = server.portProperty();
    private final StringProperty user = server.userProperty();
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty schemas = new SimpleStringProperty(this, "schemas", "");
    private final ObjectProperty<SecretChoice> secret = new SimpleObjectProperty<>(this, "secret", SecretChoice.ASK);
    private final StringProperty environmentVariable = new SimpleStringProperty(this, "environmentVariable", "");
    private final String originalName;
    private final String snapshot;
    private final Set<String> takenNames;
    private final StringBinding problem;

    private ServiceFormViewModel(String originalName, String snapshot, Set<String> takenNames) {
        this.originalName = originalName;
        this.snapshot = snapshot;
        this.takenNames = Set.copyOf(takenNames);
        problem = Bindings.createStringBinding(this::findProblem, name, engine, host, port, database, url, user,
                secret, environmentVariable);
    }

    /** An empty form for a new service; {@code takenNames} are the estate's services. */
    public static ServiceFormViewModel adding(Set<String> takenNames) {
        return new ServiceFormViewModel(null, null, takenNames);
    }

    /** A form filled with an existing service. */
    public static ServiceFormViewModel editing(ServiceDefinition service, Set<String> takenNames) {
        ServiceFormViewModel form = new ServiceFormViewModel(service.name(), service.snapshot(), takenNames);
        form.name.set(service.name());
        form.team.set(Optional.ofNullable(service.team()).orElse(""));
        form.engine.set(service.engine());
        form.user.set(Optional.ofNullable(service.user()).orElse(""));
        form.schemas.set(String.join(", ", service.schemas()));
        if (service.password() == null) {
            form.secret.set(SecretChoice.NONE);
        } else {
            Matcher env = ENV_REFERENCE.matcher(service.password());
            form.secret.set(env.matches() ? SecretChoice.ENVIRONMENT : SecretChoice.ASK);
            form.environmentVariable.set(env.matches() ? env.group(1) : "");
        }
        form.fillConnection(service);
        return form;
    }

    private void fillConnection(ServiceDefinition service) {
        database.set(Optional.ofNullable(service.database()).orElse(""));
        if (service.url() == null) {
            return;
        }
        try {
            JdbcUrl parsed = JdbcUrl.parse(service.url());
            int colon = parsed.hostPart().lastIndexOf(':');
            if (parsed.parameters().isEmpty() && colon > 0 && !parsed.hostPart().contains(",")) {
                host.set(parsed.hostPart().substring(0, colon));
                port.set(parsed.hostPart().substring(colon + 1));
                database.set(parsed.database());
                return;
            }
        } catch (IllegalArgumentException e) {
            // not one we can take apart: it stays a whole URL in the form
        }
        url.set(service.url());
    }

    /** True when editing an existing service. */
    public boolean isEditing() {
        return originalName != null;
    }

    /** What keeps the form from being saved, or null when it can be. */
    public StringBinding problemBinding() {
        return problem;
    }

    private String findProblem() {
        String n = name.get().strip();
        if (n.isEmpty()) {
            return "give the service a name";
        }
        if (n.contains(".") || n.contains(" ")) {
            return "a service name has no dots or spaces: \"" + n + "\"";
        }
        if (originalName != null && !n.equals(originalName)) {
            return "a service keeps its name: the estate's references and plans use it (\"" + originalName + "\")";
        }
        if (!n.equals(originalName) && takenNames.contains(n)) {
            return "the estate has a service \"" + n + "\" already";
        }
        if (url.get().isBlank()) {
            if (host.get().isBlank() || database.get().isBlank()) {
                return "give host, port and database, or a JDBC URL";
            }
            if (!port.get().strip().matches("[0-9]{1,5}")) {
                return "the port is a number: \"" + port.get() + "\"";
            }
        } else {
            try {
                JdbcUrl parsed = JdbcUrl.parse(url.get());
                if (parsed.engine() != engine.get()) {
                    return "the URL is for " + parsed.engine().displayName() + ", the service runs "
                            + engine.get().displayName();
                }
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
        if (user.get().isBlank() && !url.get().contains("user=")) {
            return "give the user to connect as";
        }
        if (secret.get() == SecretChoice.ENVIRONMENT && !VARIABLE.matcher(environmentVariable.get().strip()).matches()) {
            return "name the environment variable that holds the password";
        }
        return null;
    }

    /** The service as the estate file will hold it. */
    public ServiceDefinition definition() {
        if (problem.get() != null) {
            throw new IllegalStateException("the form cannot be saved: " + problem.get());
        }
        String serviceName = name.get().strip();
        String jdbc = url.get().isBlank() ? server.url(database.get().strip()) : url.get().strip();
        String reference = switch (secret.get()) {
            case NONE -> null;
            case ENVIRONMENT -> "${env:" + environmentVariable.get().strip() + "}";
            case ASK -> "${prompt}";
        };
        List<String> schemaList = Arrays.stream(schemas.get().split("[,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return new ServiceDefinition(serviceName, blankToNull(team.get()), engine.get(),
                blankToNull(database.get()), jdbc, blankToNull(user.get()),
                reference, schemaList, snapshot != null ? snapshot : "snapshots/" + serviceName + ".json");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty teamProperty() {
        return team;
    }

    /** Engine, host, port and user. */
    public ServerFields server() {
        return server;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    /** A whole JDBC URL; when given, host, port and database are not used. */
    public StringProperty urlProperty() {
        return url;
    }

    /** Schema names (PostgreSQL) or databases (MySQL) to read, separated by commas; empty reads every one. */
    public StringProperty schemasProperty() {
        return schemas;
    }

    public ObjectProperty<SecretChoice> secretProperty() {
        return secret;
    }

    public StringProperty environmentVariableProperty() {
        return environmentVariable;
    }
}

package dev.phaseshift.app.wizard;

import dev.phaseshift.plan.ConsumerDeployment;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A consumer version the change affects, and the deployment the plan should make of it: from {@code version} to
 * the version the user names (proposed: the next number).
 *
 * @see ConsumerImpact
 */
public final class DeploymentChoice {
    private final String service;
    private final String version;
    private final String reason;
    private final StringProperty to;
    private final BooleanProperty included = new SimpleBooleanProperty(this, "included", true);

    DeploymentChoice(String service, String version, String reason) {
        this.service = service;
        this.version = version;
        this.reason = reason;
        this.to = new SimpleStringProperty(this, "to", nextVersion(version));
    }

    public String service() {
        return service;
    }

    /** The version that uses the object today, {@code v2}. */
    public String version() {
        return version;
    }

    /** Why it is affected, {@code notifications v2 reads customers.public.customers.locale via cdc}. */
    public String reason() {
        return reason;
    }

    /** The version it moves to. */
    public StringProperty toProperty() {
        return to;
    }

    public BooleanProperty includedProperty() {
        return included;
    }

    /** The deployment, when included and a target version is named. */
    java.util.Optional<ConsumerDeployment> deployment() {
        String target = to.get() == null ? "" : to.get().strip();
        return included.get() && !target.isEmpty()
                ? java.util.Optional.of(new ConsumerDeployment(service, version, target))
                : java.util.Optional.empty();
    }

    /** {@code v2} → {@code v3}, {@code 2024.03} → {@code 2024.04}; otherwise the version with {@code -next}. */
    static String nextVersion(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)$").matcher(version);
        if (!m.find()) {
            return version + "-next";
        }
        String digits = m.group(1);
        String next = Long.toString(Long.parseLong(digits) + 1);
        while (next.length() < digits.length()) {
            next = "0" + next;
        }
        return version.substring(0, m.start()) + next;
    }
}

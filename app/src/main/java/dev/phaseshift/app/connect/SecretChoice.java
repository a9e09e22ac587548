package dev.phaseshift.app.connect;

/** Where a service's password comes from; the estate file holds the reference, never the password. */
public enum SecretChoice {
    NONE("no password"),
    ENVIRONMENT("environment variable"),
    ASK("ask me once per session");

    private final String label;

    SecretChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}

package dev.phaseshift.app.plan;

/** How one consumer version fares at one state of the plan, as the compatibility matrix shows it. */
public enum CellVerdict {
    /** Live there and finds everything it uses. */
    COMPATIBLE("✓", "compatible"),
    /** Live there and would fail: what the plan must not do. */
    BREAKS("✗", "breaks"),
    /** Not running at that state, so whatever it would miss does not matter. */
    NOT_LIVE("—", "not live");

    private final String symbol;
    private final String word;

    CellVerdict(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }
}

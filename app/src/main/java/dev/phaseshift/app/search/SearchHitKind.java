package dev.phaseshift.app.search;

/** What a search hit is, in the order hits of equal rank are listed. */
public enum SearchHitKind {
    SERVICE("service"), TABLE("table"), VIEW("view"), COLUMN("column"), CONSUMER("consumer version");

    private final String word;

    SearchHitKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}

package dev.phaseshift.plan.compat;

/** What a consumer version no longer (or not yet) finds in the schema. */
public enum BreakKind {
    /** A table or view it reads or writes is missing: dropped, renamed, or not created yet. */
    MISSING_RELATION("missing-relation"),
    /** A column it names is missing: dropped, renamed, or not added yet. */
    MISSING_COLUMN("missing-column"),
    /**
     * A table it writes has a NOT NULL column without default, identity or generation that its column list does
     * not include and that the plan made so: its inserts fail.
     */
    REQUIRED_COLUMN_NOT_WRITTEN("required-column-not-written"),
    /**
     * A column it reads exists but was added by the plan and is filled for existing rows only by a backfill in a
     * later phase: until then it reads NULL for every row written before the plan.
     */
    NOT_YET_BACKFILLED("not-yet-backfilled");

    private final String id;

    BreakKind(String id) {
        this.id = id;
    }

    /** The word used in JSON output. */
    public String id() {
        return id;
    }
}

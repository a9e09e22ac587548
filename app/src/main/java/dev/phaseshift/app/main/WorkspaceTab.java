package dev.phaseshift.app.main;

import java.util.Objects;

/**
 * A tab of the central tab pane.
 *
 * @param id       identifies the tab among the open ones (a later plan tab would use the plan's file)
 * @param closable whether the user may close it
 */
public record WorkspaceTab(String id, String title, WorkspaceTabKind kind, boolean closable) {
    public static final WorkspaceTab WELCOME = new WorkspaceTab("welcome", "Welcome", WorkspaceTabKind.WELCOME, false);
    public static final WorkspaceTab OVERVIEW = new WorkspaceTab("overview", "Overview", WorkspaceTabKind.OVERVIEW,
            false);
    public static final WorkspaceTab GRAPH = new WorkspaceTab("graph", "Graph", WorkspaceTabKind.GRAPH, true);
    public static final WorkspaceTab REFERENCES = new WorkspaceTab("references", "References",
            WorkspaceTabKind.REFERENCES, true);
    /** One tab reviews one plan at a time; opening another plan replaces what it shows. */
    public static final WorkspaceTab PLAN_REVIEW = new WorkspaceTab("plan-review", "Plan review",
            WorkspaceTabKind.PLAN_REVIEW, true);
    /** The estate's services: connections, snapshots, reading schemas. */
    public static final WorkspaceTab SERVICES = new WorkspaceTab("services", "Services", WorkspaceTabKind.SERVICES,
            true);

    /** The plan editor; one plan at a time, like the review. */
    public static final WorkspaceTab PLAN_EDITOR = new WorkspaceTab("plan-editor", "Plan editor",
            WorkspaceTabKind.PLAN_EDITOR, true);

    public WorkspaceTab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }
}

package dev.phaseshift.app.main;

/** What a central tab shows; the main view maps each kind to the view that draws it. */
public enum WorkspaceTabKind {
    WELCOME, OVERVIEW, GRAPH, REFERENCES, PLAN_REVIEW, SERVICES, PLAN_EDITOR
}

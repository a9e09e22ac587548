package dev.phaseshift.app.graph;

import dev.phaseshift.app.inspector.ImpactLine;
import dev.phaseshift.app.references.ReferenceLine;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.export.PngWriter;
import dev.phaseshift.graph.export.SvgWriter;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramLink;
import dev.phaseshift.graph.layout.Rect;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Graph tab: what is shown (the estate overview, one service, or the neighbourhood of a node), which
 * dependency kinds and expanded tables, the picture drawn for it, the selection and its impact, and where the
 * viewport looks (zoom and offset). Pictures are laid out through the {@link TaskRunner} and cached per estate
 * graph; only the newest request may replace the picture.
 */
public final class GraphViewModel {
    public static final int MIN_DEPTH = 1;
    public static final int MAX_DEPTH = 4;
    public static final int DEFAULT_DEPTH = 2;
    public static final double MIN_ZOOM = 0.02;
    public static final double MAX_ZOOM = 4;
    static final double READABLE_ZOOM = 0.75;
    /** Below this zoom the diagram's 11-12 px text is too small to read. */
    static final double LEGIBLE_ZOOM = 0.55;
    static final String NOTHING_FOCUSED = "Select a table, view or column and choose Show in graph (Ctrl+G), "
            + "or open the estate overview.";
    /** The kinds the toggles offer; the others (triggers, sequences) are not drawn. */
    public static final List<DependencyKind> DRAWN_KINDS = List.of(DependencyKind.FOREIGN_KEY,
            DependencyKind.VIEW_READ, DependencyKind.DECLARED_REFERENCE, DependencyKind.INFERRED_REFERENCE,
            DependencyKind.CONSUMER_READ, DependencyKind.CONSUMER_WRITE, DependencyKind.PARTITION);

    private final TaskRunner tasks;
    private final ObservableValue<EstateGraph> graph;
    private final PictureCache cache = new PictureCache(24);
    private final ReadOnlyObjectWrapper<GraphMode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyStringWrapper focusId = new ReadOnlyStringWrapper(this, "focusId");
    private final ReadOnlyStringWrapper focusLabel = new ReadOnlyStringWrapper(this, "focusLabel", "");
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper(this, "depth", DEFAULT_DEPTH);
    private final ObservableSet<DependencyKind> hidden = FXCollections.observableSet(EnumSet.noneOf(DependencyKind.class));
    private final Set<String> expanded = new HashSet<>();
    private final ReadOnlyObjectWrapper<GraphPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NOTHING_FOCUSED);
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper(this, "drawing");
    private final ReadOnlyObjectWrapper<ImpactHighlight> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ObservableList<ImpactLine> impactLines = FXCollections.observableArrayList();
    private final ObservableList<ImpactLine> readOnlyImpactLines = FXCollections.unmodifiableObservableList(impactLines);
    private final ReadOnlyStringWrapper searchHit = new ReadOnlyStringWrapper(this, "searchHit");
    private final ReadOnlyStringWrapper pointed = new ReadOnlyStringWrapper(this, "pointed");
    private final ViewportState viewport = new ViewportState();
    private final BooleanBinding dark;
    private ReferenceDecisions decisions;
    private int requests;

    public GraphViewModel(TaskRunner tasks, ObservableValue<EstateGraph> graph, ObservableValue<ColorScheme> scheme) {
        this.tasks = tasks;
        this.graph = graph;
        this.dark = Bindings.createBooleanBinding(() -> scheme.getValue() == ColorScheme.DARK, scheme);
        graph.addListener((obs, old, now) -> graphChanged(now));
    }

    /** Lets the context menu of a proposed reference accept or reject it. */
    public void decideReferencesWith(ReferenceDecisions decisions) {
        this.decisions = decisions;
    }

    // ---- what is shown -------------------------------------------------------------------------------------

    /** Shows every service, with the dependencies between them counted per kind. */
    public void showOverview() {
        if (graph.getValue() == null) {
            return;
        }
        show(GraphMode.OVERVIEW, null, "estate overview");
    }

    /** Shows the tables and views of one service ({@code service:orders}), framed by schema. */
    public void showService(String serviceId) {
        Node service = require(serviceId);
        if (service.kind() != NodeKind.SERVICE) {
            throw new IllegalArgumentException("\"" + serviceId + "\" is not a service");
        }
        show(GraphMode.SERVICE, serviceId, "service " + service.label());
    }

    /** Shows the service of what is in focus. */
    public void showServiceOfFocus() {
        String id = focusId.get();
        if (id != null) {
            showService(Node.idOf(NodeKind.SERVICE, QualifiedName.service(require(id).service())));
        }
    }

    /** Draws the neighbourhood of a node of the open graph, with the impact of changing it. */
    public void focus(String nodeId) {
        show(GraphMode.NEIGHBOURHOOD, nodeId, require(nodeId).label());
    }

    private void show(GraphMode newMode, String target, String label) {
        mode.set(newMode);
        focusId.set(target);
        focusLabel.set(label);
        expanded.clear();
        redraw();
    }

    private Node require(String nodeId) {
        EstateGraph g = graph.getValue();
        if (g == null || nodeId == null || !g.contains(nodeId)) {
            throw new IllegalArgumentException("no node \"" + nodeId + "\" in the open estate's graph");
        }
        return g.require(nodeId);
    }

    /** Shows {@code value} hops around the focus, kept between {@link #MIN_DEPTH} and {@link #MAX_DEPTH}. */
    public void setDepth(int value) {
        int clamped = Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, value));
        if (clamped != depth.get()) {
            depth.set(clamped);
            if (mode.get() == GraphMode.NEIGHBOURHOOD) {
                redraw();
            }
        }
    }

    /** Switches the links of one dependency kind on or off. */
    public void setKindShown(DependencyKind kind, boolean shown) {
        if (shown ? hidden.remove(kind) : hidden.add(kind)) {
            redraw();
        }
    }

    public boolean isKindShown(DependencyKind kind) {
        return !hidden.contains(kind);
    }

    /**
     * What a double-click does: in the overview it opens the service, elsewhere a table or view shows all its
     * columns, or only its keys and referenced columns again.
     */
    public void activate(String boxId) {
        GraphPicture p = picture.get();
        if (p == null || boxId == null) {
            return;
        }
        if (p.request().mode() == GraphMode.OVERVIEW) {
            showService(boxId);
        } else if (graph.getValue() != null && graph.getValue().node(boxId).map(n -> n.kind().isRelation()).orElse(false)) {
            if (!expanded.remove(boxId)) {
                expanded.add(boxId);
            }
            redraw();
        }
    }

    /** Whether a table shows all its columns. */
    public boolean isExpanded(String boxId) {
        return expanded.contains(boxId);
    }

    // ---- selection and search ------------------------------------------------------------------------------

    /** Selects a box of the picture: its impact is highlighted and listed with explanations. Null clears. */
    public void select(String boxId) {
        GraphPicture p = picture.get();
        EstateGraph g = graph.getValue();
        if (boxId == null || p == null || g == null || !g.contains(boxId)) {
            selection.set(null);
            impactLines.clear();
            return;
        }
        ImpactHighlight highlight = ImpactHighlight.of(g, p.layout(), boxId);
        selection.set(highlight);
        impactLines.setAll(highlight.lines());
    }

    /** Whether an impact line lies in another service than the selection (a cross-service consequence). */
    public boolean isCrossService(ImpactLine line) {
        ImpactHighlight s = selection.get();
        return s != null && graph.getValue() != null && s.crossService(line, graph.getValue());
    }

    /**
     * Finds the first box whose title or name contains {@code text} (ignoring case), selects it and centres the
     * viewport on it. Returns whether one was found.
     */
    public boolean search(String text) {
        GraphPicture p = picture.get();
        if (p == null || text == null || text.isBlank()) {
            return false;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        Optional<DiagramBox> hit = p.diagram().boxes().stream()
                .filter(b -> b.title().toLowerCase(Locale.ROOT).contains(needle)
                        || b.id().toLowerCase(Locale.ROOT).contains(needle))
                .findFirst();
        if (hit.isEmpty()) {
            message.set("Nothing shown is named \"" + text.trim() + "\"");
            return false;
        }
        searchHit.set(hit.get().id());
        select(hit.get().id());
        Rect r = p.layout().boxes().get(hit.get().id());
        viewport.centreOn(r.x() + r.width() / 2, r.y() + r.height() / 2, Math.max(viewport.zoom().get(), READABLE_ZOOM),
                p.scene().width(), p.scene().height());
        return true;
    }

    // ---- proposals -----------------------------------------------------------------------------------------

    /** The open proposal a link of the picture stands for, if it is one. */
    public Optional<ReferenceLine> proposalOf(DiagramLink link) {
        EstateGraph g = graph.getValue();
        if (g == null || link.kind() != DependencyKind.INFERRED_REFERENCE || !link.proposed() || link.fromRow() == null) {
            return Optional.empty();
        }
        return g.dependenciesOf(link.fromRow()).stream()
                .filter(d -> d.proposed() && d.kind() == DependencyKind.INFERRED_REFERENCE && d.to().equals(link.toRow()))
                .findFirst().map(d -> line(g, d));
    }

    private static ReferenceLine line(EstateGraph g, Dependency d) {
        return new ReferenceLine(new ReferencePair(g.require(d.from()).name(), g.require(d.to()).name()),
                d.confidence(), d.evidence());
    }

    public void accept(ReferenceLine proposal) {
        if (decisions != null) {
            decisions.accept().accept(proposal);
        }
    }

    public void reject(ReferenceLine proposal) {
        if (decisions != null) {
            decisions.reject().accept(proposal);
        }
    }

    // ---- context menu --------------------------------------------------------------------------------------

    /**
     * Remembers what a context menu opens on: the column row or else the box under viewport point ({@code x},
     * {@code y}), or nothing.
     */
    public void pointAt(double x, double y) {
        pointed.set(PointedNode.at(picture.get(), viewport, x, y).orElse(null));
    }

    /** The node id the last context menu opened on ({@code column:orders.public.order_items.sku}), or null. */
    public ReadOnlyStringProperty pointedProperty() {
        return pointed.getReadOnlyProperty();
    }

    // ---- export --------------------------------------------------------------------------------------------

    /** Writes what is shown as SVG or, for a {@code .png} file, as PNG at twice the size; in the background. */
    public void export(Path file) {
        GraphPicture p = picture.get();
        if (p == null) {
            return;
        }
        boolean png = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        tasks.run("exporting the graph to " + file.getFileName(), progress -> {
            if (png) {
                Files.write(file, PngWriter.write(p.scene(), 2));
            } else {
                Files.writeString(file, SvgWriter.write(p.scene()), StandardCharsets.UTF_8);
            }
            return file;
        }, written -> message.set("Exported the graph to " + written), error -> message.set(
                "Could not export the graph to " + file + ": " + error.getMessage()));
    }

    // ---- viewport ------------------------------------------------------------------------------------------

    /** Where the viewport looks: zoom and offset, and its size. */
    public ViewportState viewport() {
        return viewport;
    }

    public void zoomBy(double factor) {
        setZoom(viewport.zoom().get() * factor);
    }

    public void zoomIn() {
        zoomBy(1.25);
    }

    public void zoomOut() {
        zoomBy(1 / 1.25);
    }

    public void resetZoom() {
        setZoom(1);
    }

    public void setZoom(double value) {
        viewport.zoomAtCentre(clampZoom(value));
    }

    static double clampZoom(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }

    /** Fits the whole picture into the viewport, never above 100 %. */
    public void fit() {
        GraphPicture p = picture.get();
        if (p != null) {
            viewport.fit(p.scene().width(), p.scene().height(), 1);
        }
    }

    /** The zoom that fits the picture into a viewport of that size, never above 100 %. */
    public void zoomToFit(double width, double height) {
        viewport.resize(width, height);
        fit();
    }

    // ---- drawing -------------------------------------------------------------------------------------------

    private void graphChanged(EstateGraph now) {
        cache.clear();
        String id = focusId.get();
        if (mode.get() == null) {
            return;
        }
        if (now != null && (id == null || now.contains(id))) {
            // the estate was read again (a decision was recorded): draw the same place anew
            redraw();
        } else {
            requests++;
            mode.set(null);
            focusId.set(null);
            focusLabel.set("");
            picture.set(null);
            select(null);
            drawing.set(false);
            message.set(now == null || id == null ? NOTHING_FOCUSED
                    : "The open estate has no \"" + id.substring(id.indexOf(':') + 1) + "\". " + NOTHING_FOCUSED);
        }
    }

    private void redraw() {
        EstateGraph g = graph.getValue();
        if (g == null || mode.get() == null) {
            return;
        }
        GraphRequest request = new GraphRequest(mode.get(), focusId.get(), depth.get(), hidden, expanded);
        int ticket = ++requests;
        GraphPicture cached = cache.get(g, request);
        if (cached != null) {
            shown(cached);
            return;
        }
        String what = focusLabel.get();
        drawing.set(true);
        message.set("Drawing the graph of " + what + "…");
        tasks.run("drawing the graph of " + what, progress -> {
            progress.message("laying out the graph of " + what);
            return GraphPictures.draw(g, request);
        }, drawn -> {
            cache.put(g, request, drawn);
            if (ticket == requests) {
                shown(drawn);
            }
        }, error -> {
            if (ticket == requests) {
                drawing.set(false);
                picture.set(null);
                message.set("Could not draw the graph of " + what + ": " + error.getMessage());
            }
        });
    }

    private void shown(GraphPicture drawn) {
        GraphPicture old = picture.get();
        drawing.set(false);
        picture.set(drawn);
        message.set(drawn.headline());
        boolean samePlace = old != null && old.request().mode() == drawn.request().mode()
                && Objects.equals(old.request().target(), drawn.request().target());
        if (!samePlace) {
            searchHit.set(null);
            revealNew(drawn);
        }
        String keep = selection.get() == null ? null : selection.get().selected();
        select(drawn.request().mode() == GraphMode.NEIGHBOURHOOD && !samePlace ? drawn.request().target()
                : keep != null && drawn.layout().boxes().containsKey(keep) ? keep
                : drawn.request().mode() == GraphMode.NEIGHBOURHOOD ? drawn.request().target() : null);
    }

    /**
     * Opens a new picture so that its text is readable: all of it when it fits at {@link #LEGIBLE_ZOOM} or more,
     * else at {@link #READABLE_ZOOM}, centred on the focus when there is one and showing the top left (title and
     * legend) otherwise; the minimap and fit (F) show the rest.
     */
    private void revealNew(GraphPicture p) {
        viewport.whenSized(() -> reveal(p));
    }

    private void reveal(GraphPicture p) {
        double w = p.scene().width();
        double h = p.scene().height();
        if (viewport.fitZoom(w, h) >= LEGIBLE_ZOOM) {
            viewport.fit(w, h, 1);
        } else if (p.focus() != null) {
            Rect f = p.focus();
            viewport.centreOn(f.x() + f.width() / 2, f.y() + f.height() / 2, READABLE_ZOOM, w, h);
        } else {
            viewport.centreOn(0, 0, READABLE_ZOOM, w, h);
        }
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** What is shown, or null before anything is. */
    public ReadOnlyObjectProperty<GraphMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The id of the service or node in focus ({@code column:orders.public.orders.total}), or null. */
    public ReadOnlyStringProperty focusIdProperty() {
        return focusId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty focusLabelProperty() {
        return focusLabel.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    /** The drawn diagram, or null before the first one or while the focus is gone. */
    public ReadOnlyObjectProperty<GraphPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The impact headline, what is being drawn, or how to get a picture. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** The selected box with the impact of changing it, or null. */
    public ReadOnlyObjectProperty<ImpactHighlight> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** What changing the selection reaches, with the paths that explain it. */
    public ObservableList<ImpactLine> impactLines() {
        return readOnlyImpactLines;
    }

    /** The box the last search found, or null. */
    public ReadOnlyStringProperty searchHitProperty() {
        return searchHit.getReadOnlyProperty();
    }

    /** 1 is the diagram's own size; between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoom();
    }

    /** Whether the picture should be drawn in the dark theme's colours. */
    public BooleanBinding darkBinding() {
        return dark;
    }
}

package dev.phaseshift.cli;

import dev.phaseshift.estate.ClosestName;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.analysis.CycleFinder;
import dev.phaseshift.graph.analysis.CycleLevel;
import dev.phaseshift.graph.analysis.DependencyCycle;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.analysis.ImpactHit;
import dev.phaseshift.graph.analysis.Neighbourhood;
import dev.phaseshift.graph.export.DotGraphWriter;
import dev.phaseshift.graph.export.GraphFormat;
import dev.phaseshift.graph.export.JsonGraphWriter;
import dev.phaseshift.graph.export.PngWriter;
import dev.phaseshift.graph.export.SvgWriter;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramProjection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code phaseshift graph}: exports the estate's dependency graph, or the part around one table or column. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        customSynopsis = "phaseshift graph --estate FILE [--focus SERVICE.SCHEMA.TABLE[.COLUMN]] [--depth N] "
                + "--format json|dot|svg|png --out FILE",
        description = {"Export the estate's dependency graph: foreign keys, view reads, triggers, sequences, declared "
                + "and inferred references, consumer reads and writes. With --focus, only what lies within --depth "
                + "hops of one table or column, with the impact of changing it marked and listed."},
        footer = {"%nExamples:%n  phaseshift graph --estate phaseshift.yaml --format svg --out estate.svg",
                "  phaseshift graph --estate phaseshift.yaml --focus orders.public.orders.total --format svg --out total.svg",
                "  phaseshift graph --estate phaseshift.yaml --format json --out -"})
final class GraphCommand implements Callable<Integer> {
    @Option(names = "--estate", required = true, paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
    Path estate;

    @Option(names = "--focus", paramLabel = "NAME",
            description = "A table or column: SERVICE.SCHEMA.TABLE[.COLUMN], or SERVICE.TABLE[.COLUMN] when the "
                    + "table name is unique in its service.")
    String focus;

    @Option(names = "--depth", paramLabel = "N",
            description = "With --focus: how many dependency hops around it to show (default: 2).")
    Integer depth;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json (the full typed graph), dot (Graphviz), svg or png (laid out). Default: from the "
                    + "extension of --out.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
    String out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GraphFormat graphFormat = format();
        if (depth != null && focus == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "graph: --depth needs --focus");
        }
        if (depth != null && depth < 0) {
            throw new CliFailure(ExitCode.BAD_INPUT, "graph: --depth must be 0 or more, not " + depth);
        }
        if (graphFormat == GraphFormat.PNG && out.equals("-")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "graph: write png to a file, not to standard output");
        }
        PrintWriter err = spec.commandLine().getErr();
        Estate loaded;
        try {
            loaded = EstateLoader.load(estate);
        } catch (EstateFormatException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "graph: " + e.getMessage(), e);
        }
        loaded.notes().forEach(n -> err.println("phaseshift: graph: note: " + n));
        EstateGraph graph = EstateGraph.of(loaded);
        List<Problem> problems = graph.problems();
        problems.forEach(p -> err.println("phaseshift: graph: " + p));
        long errors = problems.stream().filter(Problem::isError).count();
        err.flush();
        if (errors > 0) {
            throw new CliFailure(ExitCode.BAD_INPUT, "graph: " + errors + " error" + (errors == 1 ? "" : "s")
                    + " in " + estate + "; nothing written");
        }
        EstateGraph shown = graph;
        Impact impact = null;
        Set<String> focusIds = Set.of();
        Set<String> impacted = new HashSet<>();
        String title = graph.name();
        if (focus != null) {
            Node node = resolve(graph);
            focusIds = Set.of(node.id());
            impact = new ImpactAnalysis(graph).of(node.id());
            impact.hits().forEach(h -> impacted.add(h.node().id()));
            shown = graph.subgraph(Neighbourhood.around(graph, List.of(node.id()), depth == null ? 2 : depth));
            title = graph.name() + " — impact of " + node.label();
        }
        List<DependencyCycle> cycles = new CycleFinder(shown, CycleLevel.RELATION).find();
        String subtitle = summary(shown) + (focus == null ? "" : " · depth " + (depth == null ? 2 : depth));
        byte[] bytes = switch (graphFormat) {
            case JSON -> utf8(JsonGraphWriter.write(shown, impact, cycles));
            case DOT -> utf8(DotGraphWriter.write(DiagramProjection.of(shown, title, focusIds, impacted)));
            case SVG, PNG -> {
                Diagram diagram = DiagramProjection.of(shown, title, focusIds, impacted);
                var scene = DiagramPainter.paint(diagram, subtitle);
                yield graphFormat == GraphFormat.SVG ? utf8(SvgWriter.write(scene)) : PngWriter.write(scene, 2);
            }
        };
        PrintWriter stdout = spec.commandLine().getOut();
        if (out.equals("-")) {
            stdout.print(new String(bytes, StandardCharsets.UTF_8));
            stdout.flush();
            return ExitCode.OK;
        }
        write(Path.of(out), bytes);
        stdout.println("wrote " + out + " (" + graphFormat.id() + "): " + subtitle);
        if (impact != null) {
            report(stdout, impact);
        }
        for (DependencyCycle c : cycles) {
            stdout.println("cycle: " + c.explanation());
        }
        stdout.flush();
        return ExitCode.OK;
    }

    private GraphFormat format() {
        String text = format;
        if (text == null) {
            int dot = out.lastIndexOf('.');
            if (out.equals("-") || dot < 0) {
                throw new CliFailure(ExitCode.BAD_INPUT, "graph: give --format json, dot, svg or png");
            }
            text = out.substring(dot + 1);
        }
        String given = text;
        return GraphFormat.fromId(text).orElseThrow(() -> new CliFailure(ExitCode.BAD_INPUT,
                "graph: unknown format \"" + given + "\": expected json, dot, svg or png"));
    }

    private Node resolve(EstateGraph graph) {
        Optional<Node> node = graph.resolve(focus);
        if (node.isPresent() && (node.get().kind().isRelation() || node.get().kind() == NodeKind.COLUMN)) {
            return node.get();
        }
        Set<String> names = graph.names().stream().filter(n -> n.depth() >= 3).map(QualifiedName::toString)
                .collect(Collectors.toSet());
        String hint = ClosestName.to(focus, names).map(n -> "; did you mean \"" + n + "\"?")
                .orElse("; write SERVICE.SCHEMA.TABLE or SERVICE.SCHEMA.TABLE.COLUMN");
        throw new CliFailure(ExitCode.BAD_INPUT, "graph: --focus: no table, view or column \"" + focus + "\" in "
                + estate + hint);
    }

    private static String summary(EstateGraph graph) {
        long services = graph.nodes().stream().filter(n -> n.kind() == NodeKind.SERVICE).count();
        long relations = graph.nodes().stream().filter(n -> n.kind().isRelation()).count();
        long consumers = graph.nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER).count();
        long proposed = graph.proposals().size();
        return String.format(Locale.ROOT, "%d service%s · %d tables and views · %d consumer version%s · "
                        + "%d dependencies (%d proposed)", services, services == 1 ? "" : "s", relations, consumers,
                consumers == 1 ? "" : "s", graph.dependencyCount(), proposed);
    }

    private static void report(PrintWriter stdout, Impact impact) {
        String changed = impact.changed().get(0).label();
        stdout.println("impact of " + changed + ": " + impact.hits().size() + " object"
                + (impact.hits().size() == 1 ? "" : "s") + " in " + impact.services().size() + " service"
                + (impact.services().size() == 1 ? "" : "s") + (impact.services().isEmpty() ? ""
                : " (" + String.join(", ", impact.services()) + ")"));
        for (ImpactHit h : impact.hits()) {
            stdout.println("  " + h.node().label() + (h.certain() ? "" : " (uncertain)") + ": " + h.explanation());
        }
        for (DependencyCycle c : impact.cycles()) {
            stdout.println("  cycle among the affected tables: " + c.explanation());
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "graph: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

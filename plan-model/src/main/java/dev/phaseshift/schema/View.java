package dev.phaseshift.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A view or materialized view.
 *
 * @param materialized whether it stores its rows (PostgreSQL {@code MATERIALIZED VIEW})
 * @param definition   the SELECT as the server prints it, without a trailing semicolon; null when the role
 *                     may not read it (then the snapshot lists it as skipped)
 * @param checkOption  {@code LOCAL} or {@code CASCADED} for {@code WITH CHECK OPTION}, or null
 * @param rowEstimate  materialized views: the planner's row estimate, or null when unknown
 * @param sizeBytes    materialized views: size on disk with indexes as of the last statistics update, or null
 * @param sources      the tables and views it reads, with the columns it reads from each
 * @param indexes      materialized views: their indexes
 * @param triggers     {@code INSTEAD OF} triggers and the like
 * @param security     MySQL: {@code DEFINER} or {@code INVOKER} ({@code SQL SECURITY}); null on PostgreSQL
 * @param algorithm    MariaDB: {@code MERGE} or {@code TEMPTABLE} when declared, otherwise null (MySQL 8 does not
 *                     report it in {@code information_schema})
 * @param definer      MySQL: the {@code user@host} account it was defined by; recorded, not rendered
 */
public record View(String name, boolean materialized, String owner, String comment, String definition,
                   String checkOption, Long rowEstimate, Long sizeBytes, List<Column> columns,
                   List<ViewSource> sources, List<Index> indexes, List<Trigger> triggers,
                   String security, String algorithm, String definer) {
    public View {
        Objects.requireNonNull(name, "name");
        columns = ModelLists.copy(columns);
        sources = ModelLists.copy(sources);
        indexes = ModelLists.copy(indexes);
        triggers = ModelLists.copy(triggers);
    }

    /** The form without the MySQL attributes. */
    public View(String name, boolean materialized, String owner, String comment, String definition,
                String checkOption, Long rowEstimate, Long sizeBytes, List<Column> columns,
                List<ViewSource> sources, List<Index> indexes, List<Trigger> triggers) {
        this(name, materialized, owner, comment, definition, checkOption, rowEstimate, sizeBytes, columns, sources,
                indexes, triggers, null, null, null);
    }

    /**
     * The short form of the first model.
     *
     * @param reads the relations read as {@code schema.name}
     */
    public View(String name, List<Column> columns, String definition, List<String> reads) {
        this(name, false, null, null, definition, null, null, null, columns,
                reads.stream().map(View::sourceOf).toList(), List.of(), List.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        return new Builder(name).materialized(materialized).owner(owner).comment(comment).definition(definition)
                .checkOption(checkOption).rowEstimate(rowEstimate).sizeBytes(sizeBytes).columns(columns)
                .sources(sources).indexes(indexes).triggers(triggers).security(security).algorithm(algorithm)
                .definer(definer);
    }

    /** The tables and views it reads, as {@code schema.name}. */
    public List<String> reads() {
        return sources.stream().map(s -> s.relation().dotted()).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** A copy with every list whose order carries no meaning sorted, so equal views are equal records. */
    public View canonical() {
        return new View(name, materialized, owner, comment, definition, checkOption, rowEstimate, sizeBytes,
                ModelLists.sorted(columns, Comparator.comparingInt(Column::ordinal)),
                ModelLists.sorted(ModelLists.map(sources,
                                s -> new ViewSource(s.schema(), s.name(),
                                        ModelLists.sorted(s.columns(), ModelLists.NAME_ORDER))),
                        Comparator.comparing(ViewSource::schema, ModelLists.NAME_ORDER)
                                .thenComparing(ViewSource::name, ModelLists.NAME_ORDER)),
                ModelLists.byName(indexes, Index::name),
                ModelLists.byName(triggers, Trigger::name), security, algorithm, definer);
    }

    private static ViewSource sourceOf(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? new ViewSource(null, dotted, List.of())
                : new ViewSource(dotted.substring(0, dot), dotted.substring(dot + 1), List.of());
    }

    /** Builds a {@link View}. */
    public static final class Builder {
        private final String name;
        private boolean materialized;
        private String owner;
        private String comment;
        private String definition;
        private String checkOption;
        private Long rowEstimate;
        private Long sizeBytes;
        private List<Column> columns = List.of();
        private List<ViewSource> sources = List.of();
        private List<Index> indexes = List.of();
        private List<Trigger> triggers = List.of();
        private String security;
        private String algorithm;
        private String definer;

        private Builder(String name) {
            this.name = name;
        }

        public Builder materialized(boolean value) {
            this.materialized = value;
            return this;
        }

        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder definition(String value) {
            this.definition = value;
            return this;
        }

        public Builder checkOption(String value) {
            this.checkOption = value;
            return this;
        }

        public Builder rowEstimate(Long value) {
            this.rowEstimate = value;
            return this;
        }

        public Builder sizeBytes(Long value) {
            this.sizeBytes = value;
            return this;
        }

        public Builder columns(List<Column> value) {
            this.columns = value;
            return this;
        }

        public Builder sources(List<ViewSource> value) {
            this.sources = value;
            return this;
        }

        public Builder indexes(List<Index> value) {
            this.indexes = value;
            return this;
        }

        public Builder triggers(List<Trigger> value) {
            this.triggers = value;
            return this;
        }

        public Builder security(String value) {
            this.security = value;
            return this;
        }

        public Builder algorithm(String value) {
            this.algorithm = value;
            return this;
        }

        public Builder definer(String value) {
            this.definer = value;
            return this;
        }

        public View build() {
            return new View(name, materialized, owner, comment, definition, checkOption, rowEstimate, sizeBytes,
                    columns, sources, indexes, triggers, security, algorithm, definer);
        }
    }
}

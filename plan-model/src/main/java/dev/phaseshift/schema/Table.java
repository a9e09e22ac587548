package dev.phaseshift.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A base table with its columns, constraints, foreign keys, indexes and triggers.
 *
 * <p>A PostgreSQL partition lists only what is declared on it directly: constraints, indexes and triggers it
 * inherits from its parent live on the parent, as they do in DDL.
 *
 * @param owner          the owning role (PostgreSQL), or null
 * @param partitionKey   for a partitioned table, the key as the server prints it ({@code RANGE (created_at)})
 * @param partitionOf    for a partition, its parent table
 * @param partitionBound for a partition, its bound ({@code FOR VALUES FROM (...) TO (...)}, {@code DEFAULT})
 * @param storageEngine  MySQL storage engine ({@code InnoDB}), or null
 * @param collation      MySQL default collation of the table, or null
 * @param rowEstimate    the server's row estimate (statistics, not a count), or null when unknown (never
 *                       analysed; PostgreSQL partitioned parents)
 * @param sizeBytes      size on disk with indexes and TOAST, as of the last statistics update (PostgreSQL:
 *                       pages recorded by VACUUM/ANALYZE; MySQL: data and index length), or null when unknown
 * @param partitions     MySQL/MariaDB: every partition of a partitioned table in declaration order (PostgreSQL
 *                       partitions are tables of their own, see {@link #partitionOf()})
 */
public record Table(String name, TableKind kind, String owner, String comment, String partitionKey,
                    ObjectName partitionOf, String partitionBound, String storageEngine, String collation,
                    Long rowEstimate, Long sizeBytes, List<Column> columns, List<Constraint> constraints,
                    List<ForeignKey> foreignKeys, List<Index> indexes, List<Trigger> triggers,
                    List<Partition> partitions) {
    public Table {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? TableKind.TABLE : kind;
        columns = ModelLists.copy(columns);
        constraints = ModelLists.copy(constraints);
        foreignKeys = ModelLists.copy(foreignKeys);
        indexes = ModelLists.copy(indexes);
        triggers = ModelLists.copy(triggers);
        partitions = ModelLists.copy(partitions);
    }

    /** The form without MySQL partitions. */
    public Table(String name, TableKind kind, String owner, String comment, String partitionKey,
                 ObjectName partitionOf, String partitionBound, String storageEngine, String collation,
                 Long rowEstimate, Long sizeBytes, List<Column> columns, List<Constraint> constraints,
                 List<ForeignKey> foreignKeys, List<Index> indexes, List<Trigger> triggers) {
        this(name, kind, owner, comment, partitionKey, partitionOf, partitionBound, storageEngine, collation,
                rowEstimate, sizeBytes, columns, constraints, foreignKeys, indexes, triggers, List.of());
    }

    /** The short form of the first model: an ordinary table without triggers or statistics. */
    public Table(String name, List<Column> columns, List<Constraint> constraints, List<ForeignKey> foreignKeys,
                 List<Index> indexes, String comment) {
        this(name, TableKind.TABLE, null, comment, null, null, null, null, null, null, null, columns, constraints,
                foreignKeys, indexes, List.of());
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        return new Builder(name).kind(kind).owner(owner).comment(comment).partitionKey(partitionKey)
                .partitionOf(partitionOf, partitionBound).storageEngine(storageEngine).collation(collation)
                .rowEstimate(rowEstimate).sizeBytes(sizeBytes).columns(columns).constraints(constraints)
                .foreignKeys(foreignKeys).indexes(indexes).triggers(triggers).partitions(partitions);
    }

    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).findFirst();
    }

    public Optional<Constraint> constraint(String constraintName) {
        return constraints.stream().filter(c -> Objects.equals(c.name(), constraintName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String keyName) {
        return foreignKeys.stream().filter(f -> Objects.equals(f.name(), keyName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<Trigger> trigger(String triggerName) {
        return triggers.stream().filter(t -> t.name().equals(triggerName)).findFirst();
    }

    public Table withColumns(List<Column> value) {
        return toBuilder().columns(value).build();
    }

    public Table withConstraints(List<Constraint> value) {
        return toBuilder().constraints(value).build();
    }

    public Table withForeignKeys(List<ForeignKey> value) {
        return toBuilder().foreignKeys(value).build();
    }

    public Table withIndexes(List<Index> value) {
        return toBuilder().indexes(value).build();
    }

    public Table withName(String value) {
        return toBuilder().name(value).build();
    }

    /**
     * A copy with every list whose order carries no meaning sorted: columns by ordinal (stable, so columns
     * without ordinals keep their order), constraints and indexes by the server's position where it is known
     * (MySQL lists them in that order, and DDL follows it) and by name otherwise, foreign keys and triggers by name;
     * partitions keep their declaration order, which is their meaning.
     */
    public Table canonical() {
        return new Table(name, kind, owner, comment, partitionKey, partitionOf, partitionBound, storageEngine,
                collation, rowEstimate, sizeBytes,
                ModelLists.sorted(columns, Comparator.comparingInt(Column::ordinal)),
                ModelLists.sorted(ModelLists.byName(constraints, Constraint::name),
                        Comparator.comparing(Constraint::position, Comparator.nullsLast(Comparator.naturalOrder()))),
                ModelLists.byName(foreignKeys, ForeignKey::name),
                ModelLists.sorted(ModelLists.byName(indexes, Index::name),
                        Comparator.comparing(Index::position, Comparator.nullsLast(Comparator.naturalOrder()))),
                ModelLists.byName(triggers, Trigger::name), partitions);
    }

    /** Builds a {@link Table}: an ordinary table unless told otherwise. */
    public static final class Builder {
        private String name;
        private TableKind kind = TableKind.TABLE;
        private String owner;
        private String comment;
        private String partitionKey;
        private ObjectName partitionOf;
        private String partitionBound;
        private String storageEngine;
        private String collation;
        private Long rowEstimate;
        private Long sizeBytes;
        private List<Column> columns = List.of();
        private List<Constraint> constraints = List.of();
        private List<ForeignKey> foreignKeys = List.of();
        private List<Index> indexes = List.of();
        private List<Trigger> triggers = List.of();
        private List<Partition> partitions = List.of();

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder kind(TableKind value) {
            this.kind = value;
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

        public Builder partitionKey(String value) {
            this.partitionKey = value;
            return this;
        }

        public Builder partitionOf(ObjectName parent, String bound) {
            this.partitionOf = parent;
            this.partitionBound = bound;
            return this;
        }

        public Builder storageEngine(String value) {
            this.storageEngine = value;
            return this;
        }

        public Builder collation(String value) {
            this.collation = value;
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

        public Builder constraints(List<Constraint> value) {
            this.constraints = value;
            return this;
        }

        public Builder foreignKeys(List<ForeignKey> value) {
            this.foreignKeys = value;
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

        public Builder partitions(List<Partition> value) {
            this.partitions = value;
            return this;
        }

        public Table build() {
            return new Table(name, kind, owner, comment, partitionKey, partitionOf, partitionBound, storageEngine,
                    collation, rowEstimate, sizeBytes, columns, constraints, foreignKeys, indexes, triggers,
                    partitions);
        }
    }
}

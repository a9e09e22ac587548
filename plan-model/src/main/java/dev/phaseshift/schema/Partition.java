package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * One MySQL/MariaDB partition or subpartition, in declaration order on its {@link Table}; the method and
 * expression live in {@link Table#partitionKey()}.
 *
 * @param bound          the clause after the name as the server accepts it ({@code VALUES LESS THAN (2025)},
 *                       {@code VALUES LESS THAN MAXVALUE}, {@code VALUES IN (1,2,3)}, {@code DEFAULT}), or null for
 *                       HASH and KEY partitions and for subpartitions
 * @param comment        the partition comment, or null
 * @param subpartitions  its subpartitions in order, empty when the table is not subpartitioned
 */
public record Partition(String name, String bound, String comment, List<Partition> subpartitions) {
    public Partition {
        Objects.requireNonNull(name, "name");
        subpartitions = ModelLists.copy(subpartitions);
    }

    /** A partition without subpartitions. */
    public static Partition of(String name, String bound, String comment) {
        return new Partition(name, bound, comment, List.of());
    }

    public Partition withSubpartitions(List<Partition> value) {
        return new Partition(name, bound, comment, value);
    }
}

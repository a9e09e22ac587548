package dev.phaseshift.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** List handling shared by the model records: null means empty, and canonical order is by name. */
final class ModelLists {
    static final Comparator<String> NAME_ORDER = Comparator.nullsFirst(Comparator.<String>naturalOrder());

    private ModelLists() {
    }

    /** An unmodifiable copy; a missing list (e.g. read from an older file) is an empty one. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Sorted by name (UTF-16 order, locale independent, so every machine writes the same file). */
    static <T> List<T> byName(List<T> list, Function<T, String> name) {
        return sorted(list, Comparator.comparing(name, NAME_ORDER));
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(order);
        return List.copyOf(copy);
    }

    static <T> List<T> map(List<T> list, UnaryOperator<T> each) {
        List<T> copy = new ArrayList<>(list.size());
        for (T t : list) {
            copy.add(each.apply(t));
        }
        return List.copyOf(copy);
    }
}

package dev.phaseshift.ddl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A topological order of objects by what each depends on: every object comes after the objects it names as
 * dependencies, and otherwise keeps the order it was given in, so the same snapshot always renders the same
 * script. Dependencies that are not among the objects (a table of another snapshot, a built-in type) are
 * ignored. A cycle cannot exist among the objects a server holds; should a hand-edited snapshot contain one,
 * the objects of the cycle keep their given order.
 *
 * @param <K> the key that names an object (an {@code ObjectName}, a signature)
 * @param <T> the objects
 */
public final class DependencyOrder<K, T> {
    private final Map<K, T> objects = new LinkedHashMap<>();
    private final Map<K, Collection<K>> dependencies = new LinkedHashMap<>();

    /** Adds an object under {@code key} that must come after {@code dependsOn}; a key added twice keeps the first. */
    public DependencyOrder<K, T> add(K key, T object, Collection<K> dependsOn) {
        Objects.requireNonNull(key, "key");
        if (!objects.containsKey(key)) {
            objects.put(key, object);
            dependencies.put(key, List.copyOf(dependsOn));
        }
        return this;
    }

    /** Adds every object with its key and dependencies. */
    public <S extends T> DependencyOrder<K, T> addAll(Collection<S> items, Function<? super S, K> key,
                                                       Function<? super S, ? extends Collection<K>> dependsOn) {
        for (S item : items) {
            add(key.apply(item), item, dependsOn.apply(item));
        }
        return this;
    }

    /** The objects, each after its dependencies. */
    public List<T> ordered() {
        List<T> out = new ArrayList<>(objects.size());
        Set<K> done = new HashSet<>();
        Set<K> visiting = new HashSet<>();
        for (K key : objects.keySet()) {
            visit(key, done, visiting, out);
        }
        return out;
    }

    private void visit(K key, Set<K> done, Set<K> visiting, List<T> out) {
        if (done.contains(key) || !visiting.add(key)) {
            return;
        }
        for (K dependency : dependencies.get(key)) {
            if (objects.containsKey(dependency)) {
                visit(dependency, done, visiting, out);
            }
        }
        visiting.remove(key);
        done.add(key);
        out.add(objects.get(key));
    }
}

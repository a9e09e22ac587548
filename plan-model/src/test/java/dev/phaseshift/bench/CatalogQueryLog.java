package dev.phaseshift.bench;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalog statements an introspection sends, recorded exactly (SQL text as formatted for that server, bound
 * parameters, transaction calls) through a recording connection, and replayed on a fresh connection with every
 * row and column fetched and nothing built. The replay is the floor: the same server work and round trips as the
 * introspector, without its Java-side assembly of the snapshot.
 */
final class CatalogQueryLog implements Serializable {
    private static final long serialVersionUID = 1L;

    private sealed interface Entry extends Serializable permits Execute, Query, AutoCommit, Rollback {
    }

    private record Execute(String sql) implements Entry {
    }

    private record Query(String sql, Map<Integer, Object> parameters) implements Entry {
    }

    private record AutoCommit(boolean on) implements Entry {
    }

    private record Rollback() implements Entry {
    }

    /** An array parameter, kept as its element type and values, since an {@link Array} belongs to a connection. */
    private record ArrayValue(String baseType, Object[] elements) implements Serializable {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** A connection that passes everything to {@code real} and records what the log needs. */
    Connection recording(Connection real) {
        return proxy(Connection.class, real, (method, args, result) -> {
            switch (method.getName()) {
                case "prepareStatement" -> {
                    return recordingStatement((PreparedStatement) result, (String) args[0]);
                }
                case "createStatement" -> {
                    return recordingStatement((Statement) result);
                }
                case "setAutoCommit" -> entries.add(new AutoCommit((Boolean) args[0]));
                case "rollback" -> {
                    if (args == null) {
                        entries.add(new Rollback());
                    }
                }
                default -> {
                }
            }
            return result;
        });
    }

    /** Writes the log to {@code file}, so that another process can replay it ({@link CatalogReplay}). */
    void save(Path file) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeObject(this);
        }
    }

    static CatalogQueryLog load(Path file) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            return (CatalogQueryLog) in.readObject();
        }
    }

    int size() {
        return entries.size();
    }

    /** Runs the log on {@code connection}; returns the number of rows fetched. */
    long replay(Connection connection) throws SQLException {
        long rows = 0;
        for (Entry e : entries) {
            if (e instanceof Execute x) {
                try (Statement s = connection.createStatement()) {
                    s.execute(x.sql());
                }
            } else if (e instanceof AutoCommit a) {
                connection.setAutoCommit(a.on());
            } else if (e instanceof Rollback) {
                connection.rollback();
            } else if (e instanceof Query q) {
                try (PreparedStatement s = connection.prepareStatement(q.sql())) {
                    for (Map.Entry<Integer, Object> p : q.parameters().entrySet()) {
                        if (p.getValue() instanceof ArrayValue array) {
                            s.setArray(p.getKey(), connection.createArrayOf(array.baseType(), array.elements()));
                        } else {
                            s.setObject(p.getKey(), p.getValue());
                        }
                    }
                    try (ResultSet r = s.executeQuery()) {
                        int columns = r.getMetaData().getColumnCount();
                        while (r.next()) {
                            for (int i = 1; i <= columns; i++) {
                                Object value = r.getObject(i);
                                if (value instanceof Array a) {
                                    a.getArray();
                                }
                            }
                            rows++;
                        }
                    }
                }
            }
        }
        return rows;
    }

    private Statement recordingStatement(Statement real) {
        return proxy(Statement.class, real, (method, args, result) -> {
            if ((method.getName().equals("execute") || method.getName().equals("executeQuery")) && args != null
                    && args.length == 1) {
                entries.add(new Execute((String) args[0]));
            }
            return result;
        });
    }

    private PreparedStatement recordingStatement(PreparedStatement real, String sql) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, real, (method, args, result) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length == 2 && args[0] instanceof Integer index) {
                Object value = args[1];
                if (value instanceof Array array) {
                    value = new ArrayValue(array.getBaseTypeName(), (Object[]) array.getArray());
                }
                parameters.put(index, value);
            } else if (name.equals("executeQuery") && (args == null || args.length == 0)) {
                entries.add(new Query(sql, new TreeMap<>(parameters)));
            }
            return result;
        });
    }

    @FunctionalInterface
    private interface AfterCall {
        Object after(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T real, AfterCall after) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.after(method, args, result);
        };
        return type.cast(Proxy.newProxyInstance(CatalogQueryLog.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}

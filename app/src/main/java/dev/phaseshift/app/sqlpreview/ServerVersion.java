package dev.phaseshift.app.sqlpreview;

import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;

import java.util.ArrayList;
import java.util.List;

/** A server product and version the preview can render for, as the version chooser lists it. */
public record ServerVersion(Dialect dialect) {

    /** The versions worth telling apart for an engine: where the lock and online-DDL rules change. */
    static List<ServerVersion> choices(Engine engine, Dialect current) {
        List<ServerVersion> out = new ArrayList<>();
        if (engine == Engine.POSTGRESQL) {
            for (int major = 11; major <= 17; major++) {
                out.add(new ServerVersion(Dialect.postgres(major)));
            }
        } else {
            out.add(new ServerVersion(Dialect.mysql(5, 7, 44)));
            out.add(new ServerVersion(Dialect.mysql(8, 0, 11)));
            out.add(new ServerVersion(Dialect.mysql(8, 0, 29)));
            out.add(new ServerVersion(Dialect.mysql(8, 4, 0)));
            out.add(new ServerVersion(Dialect.mariadb(10, 3, 0)));
            out.add(new ServerVersion(Dialect.mariadb(10, 6, 0)));
            out.add(new ServerVersion(Dialect.mariadb(10, 11, 0)));
            out.add(new ServerVersion(Dialect.mariadb(11, 4, 0)));
        }
        ServerVersion snapshot = new ServerVersion(current);
        if (!out.contains(snapshot)) {
            out.add(snapshot);
        }
        return List.copyOf(out);
    }

    /** {@code PostgreSQL 15}, {@code MariaDB 10.11.6}. */
    public String label() {
        String product = switch (dialect.product()) {
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL";
            case MARIADB -> "MariaDB";
        };
        if (dialect.product() == ServerProduct.POSTGRESQL) {
            return product + " " + dialect.major();
        }
        return product + " " + dialect.major() + "." + dialect.minor()
                + (dialect.patch() == 0 ? "" : "." + dialect.patch());
    }

    @Override
    public String toString() {
        return label();
    }
}

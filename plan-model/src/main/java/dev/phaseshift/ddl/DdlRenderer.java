package dev.phaseshift.ddl;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/**
 * Renders a snapshot as the statements that recreate it in an empty database: schemas, then extensions,
 * collations, types and sequences, tables with their keys and checks, functions and views in dependency order,
 * indexes, foreign keys once every table exists, sequence ownership, triggers, comments.
 *
 * <p>Each statement is returned on its own, without a trailing semicolon, ready for {@code Statement.execute};
 * {@link #script(Snapshot, SchemaMapping)} joins them into a script for psql or the mariadb/mysql client. Row
 * data, owners and statistics are not part of a snapshot and are not rendered; privileges are, last (see
 * {@link PostgresDdlRenderer} and {@link MySqlDdlRenderer}).
 */
public sealed interface DdlRenderer permits PostgresDdlRenderer, MySqlDdlRenderer {

    /** The statements, in an order the server accepts, with the snapshot's schemas renamed by {@code mapping}. */
    List<String> statements(Snapshot snapshot, SchemaMapping mapping);

    default List<String> statements(Snapshot snapshot) {
        return statements(snapshot, SchemaMapping.IDENTITY);
    }

    /**
     * The statements as one script that the engine's command-line client runs ({@link ClientScript}): MySQL
     * trigger and routine bodies contain semicolons, so they are wrapped in {@code DELIMITER} lines.
     */
    default String script(Snapshot snapshot, SchemaMapping mapping) {
        Engine engine = this instanceof MySqlDdlRenderer ? Engine.MYSQL : Engine.POSTGRESQL;
        return ClientScript.of(engine, statements(snapshot, mapping));
    }

    /** The renderer for the snapshot's engine and product (MariaDB and MySQL differ in a few clauses). */
    static DdlRenderer forSnapshot(Snapshot snapshot) {
        return forProduct(snapshot.engine(), snapshot.product());
    }

    /** The renderer for an engine; a null product means PostgreSQL or MySQL respectively. */
    static DdlRenderer forProduct(Engine engine, ServerProduct product) {
        return forProduct(engine, product, true);
    }

    /**
     * As {@link #forProduct(Engine, ServerProduct)}, leaving the snapshot's privileges out when {@code privileges}
     * is false: for loads whose server need not have the grantee roles.
     */
    static DdlRenderer forProduct(Engine engine, ServerProduct product, boolean privileges) {
        return switch (engine) {
            case POSTGRESQL -> new PostgresDdlRenderer(privileges);
            case MYSQL -> new MySqlDdlRenderer(product == ServerProduct.MARIADB, privileges);
        };
    }
}

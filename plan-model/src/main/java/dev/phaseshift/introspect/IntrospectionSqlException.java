package dev.phaseshift.introspect;

import java.sql.SQLException;

/** An {@link IntrospectionException} from a catalog query; carries the statement for verbose output. */
public final class IntrospectionSqlException extends IntrospectionException {
    private static final long serialVersionUID = 1L;

    private final String sql;

    IntrospectionSqlException(Kind kind, String service, String message, SQLException cause, String sql) {
        super(kind, service, message, cause);
        this.sql = sql;
    }

    /** The catalog query that failed (no credentials in it: catalog queries take none). */
    public String sql() {
        return sql;
    }
}

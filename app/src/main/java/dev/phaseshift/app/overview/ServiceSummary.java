package dev.phaseshift.app.overview;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

/**
 * One row of the overview table.
 *
 * @param inspected whether there is a snapshot; without one the counts are zero and mean "unknown"
 */
public record ServiceSummary(String service, String team, Engine engine, String database, boolean inspected,
                             int tables, int columns, int foreignKeys, int indexes, int views, String serverVersion) {

    public static ServiceSummary of(ServiceDefinition service, Snapshot snapshot) {
        if (snapshot == null) {
            return new ServiceSummary(service.name(), service.team(), service.engine(), service.database(), false,
                    0, 0, 0, 0, 0, null);
        }
        return new ServiceSummary(service.name(), service.team(), service.engine(), service.database(), true,
                snapshot.tableCount(), snapshot.columnCount(), snapshot.foreignKeyCount(), snapshot.indexCount(),
                snapshot.viewCount(), snapshot.serverVersion());
    }
}

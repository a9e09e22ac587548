package dev.phaseshift.dryrun.report;

import java.util.Objects;

/**
 * The shadow database of one service.
 *
 * @param product        {@code postgresql}, {@code mysql} or {@code mariadb}: the scratch server's product
 * @param serverVersion  the scratch server's version as it reports it
 * @param shadowDatabase the shadow's name ({@code phaseshift_shadow_orders_...}), or null when none was created
 * @param scratchServer  the scratch server's JDBC URL without credentials
 * @param tablesLoaded   tables created from the snapshot's DDL
 * @param rowsLoaded     rows copied (--sample) or generated (--synthesize) in all
 * @param dropped        whether the shadow is gone at the end of the run (it always must be)
 * @param error          why the shadow could not be created, loaded or dropped, or null
 */
public record ServiceShadow(String service, String product, String serverVersion, String shadowDatabase,
                            String scratchServer, DataLoad data, int tablesLoaded, long rowsLoaded, boolean dropped,
                            String error) {
    public ServiceShadow {
        Objects.requireNonNull(service, "service");
        data = data == null ? DataLoad.NONE : data;
    }
}

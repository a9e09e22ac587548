package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL {@code DROP OWNED BY role [, ...] [CASCADE | RESTRICT]}: drops every object in the current database that
 * the roles own, tables with their data among them, none of them named in the statement (and revokes the roles'
 * privileges).
 *
 * @param roles   the roles as written
 * @param cascade whether objects that depend on those dropped go too
 */
public record DropOwned(List<String> roles, boolean cascade) implements WrittenCommand {
    public DropOwned {
        roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    }
}

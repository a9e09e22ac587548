package dev.phaseshift.export;

import dev.phaseshift.estate.EstateDefinition;
import dev.phaseshift.estate.ServiceDefinition;

import java.util.Locale;

/** Variants of export input for tests. */
final class ExportInputs {
    private ExportInputs() {
    }

    /** The same input with every service's password referencing {@code ${env:<SERVICE>_DB_PASSWORD}}. */
    static ExportInput withPasswords(ExportInput input) {
        return withPassword(input, null);
    }

    /** Every service's password set to {@code reference}, or {@code ${env:<SERVICE>_DB_PASSWORD}} when null. */
    static ExportInput withPassword(ExportInput input, String reference) {
        EstateDefinition definition = input.estate().definition();
        EstateDefinition changed = new EstateDefinition(definition.name(), definition.description(),
                definition.services().stream().map(s -> new ServiceDefinition(s.name(), s.team(), s.engine(),
                        s.database(), s.url(), s.user(), reference != null ? reference
                        : "${env:" + s.name().toUpperCase(Locale.ROOT) + "_DB_PASSWORD}", s.schemas(),
                        s.snapshot())).toList(),
                definition.references(), definition.consumers(), definition.decisions(), definition.lint(),
                definition.origin());
        return new ExportInput(input.plan(), input.planPath(), input.planChecksum(),
                input.estate().withDefinition(changed), input.estatePath(), input.simulation(), input.toolVersion(),
                input.dryRun());
    }
}

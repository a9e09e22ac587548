package dev.phaseshift.export;

import dev.phaseshift.cli.CliRun;
import dev.phaseshift.cli.DemoEstateFiles;
import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh copy of the demo databases that the real runner brings forward, {@code phaseshift apply PLAN --estate
 * FILE --phase ID --yes} run in process with an estate file pointing at the copy, as a pipeline would run it; the
 * export database tests compare what Flyway and Liquibase make of their copy with this one.
 */
final class AppliedCopy implements AutoCloseable {
    private final DemoCopy copy;
    private final Path dir;
    private final Path estate;

    private AppliedCopy(DemoCopy copy, Path dir, Path estate) {
        this.copy = copy;
        this.dir = dir;
        this.estate = estate;
    }

    /** Materializes a copy and writes into {@code dir} an estate file and snapshots taken from it. */
    static AppliedCopy materialize(Path dir) throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        DemoCopy copy = new DemoCopy(pg, mysql);
        try {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql);
            return new AppliedCopy(copy, dir, estate);
        } catch (Exception | AssertionError e) {
            copy.close();
            throw e;
        }
    }

    DemoCopy copy() {
        return copy;
    }

    /**
     * Applies one phase of a bundled demo plan with the CLI; {@code --yes} approves manual gates and every
     * deployment of an earlier phase is reported done, so that the gates pass as they would once a pipeline
     * has deployed the new consumer versions.
     */
    void apply(String planName, Plan plan, Phase phase) throws Exception {
        Path file = DemoEstateFiles.plan(dir, planName);
        List<String> args = new ArrayList<>(List.of("apply", file.toString(), "--estate", estate.toString(),
                "--phase", phase.id(), "--yes"));
        for (Phase earlier : plan.phases()) {
            if (earlier.id().equals(phase.id())) {
                break;
            }
            for (ConsumerDeployment d : earlier.deployments()) {
                args.add("--deployed");
                args.add(d.service() + "=" + d.to());
            }
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("apply of phase %s of %s: %s%s", phase.id(), planName, run.err(), run.out())
                .isZero();
    }

    @Override
    public void close() throws Exception {
        copy.close();
    }
}

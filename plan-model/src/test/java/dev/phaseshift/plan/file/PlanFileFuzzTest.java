package dev.phaseshift.plan.file;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.sim.Simulation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of mutated plan files (bytes flipped, lines dropped, duplicated or swapped, keys renamed, values
 * retyped, text cut short): reading and validating each ends in a plan or in located problems, never in another
 * exception, and quickly. The seed is fixed so a failure reproduces.
 */
class PlanFileFuzzTest {
    private static final int MUTANTS = 3000;
    private static final String[] JUNK = {"{", "}", "[", "]", ":", "- ", "&a ", "*a", "!!int ", "\t", "'", "\"",
            "null", "~", "12", "-1", "true", "[]", "{}", "\n  ", "#", "|", ">", "? ", "0x1F", "1e999", "\u0000"};

    @Test
    void mutatedPlansNeverCrashOrHang() throws Exception {
        var snapshots = DemoEstate.load().snapshots();
        List<String> seeds = List.of(resource("/demo/plans/rename-phone.plan.yaml"),
                resource("/demo/plans/orders-priority.plan.yaml"), PlanFileTest.fixture("good.plan.yaml"));
        Random random = new Random(20261121L);
        int parsed = 0;
        int rejected = 0;
        long slowest = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String seed = seeds.get(i % seeds.size());
            String mutant = mutate(seed, random, 1 + random.nextInt(4));
            boolean json = false;
            if (i % 10 == 0) {
                mutant = PlanFile.toJson(PlanFile.read(seed, "seed", false));
                mutant = mutate(mutant, random, 1 + random.nextInt(3));
                json = true;
            }
            long start = System.nanoTime();
            try {
                Plan plan = PlanFile.read(mutant, "mutant-" + i, json);
                Simulation.run(plan, snapshots);
                parsed++;
            } catch (PlanFormatException e) {
                rejected++;
                assertThat(e.problems()).as("mutant %d:%n%s", i, mutant).isNotEmpty();
                for (Problem p : e.problems()) {
                    assertThat(p.location()).as("mutant %d: %s", i, p).isNotNull();
                    assertThat(p.message()).doesNotContain("Exception");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("mutant " + i + " crashed the reader:\n" + mutant, e);
            }
            slowest = Math.max(slowest, System.nanoTime() - start);
        }
        assertThat(parsed + rejected).isEqualTo(MUTANTS);
        assertThat(rejected).isGreaterThan(MUTANTS / 4);
        assertThat(slowest / 1_000_000).as("slowest mutant in ms").isLessThan(2000);
    }

    private static String mutate(String text, Random random, int times) {
        String t = text;
        for (int n = 0; n < times; n++) {
            List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
            int at = random.nextInt(Math.max(1, lines.size()));
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String swap = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, swap);
                }
                case 3 -> lines.set(at, lines.get(at).replaceFirst("([a-z_]+):", "$1x:"));
                case 4 -> lines.set(at, lines.get(at).replaceFirst(": .*", ": " + JUNK[random.nextInt(JUNK.length)]));
                case 5 -> {
                    String line = lines.get(at);
                    int pos = line.isEmpty() ? 0 : random.nextInt(line.length());
                    lines.set(at, line.substring(0, pos) + JUNK[random.nextInt(JUNK.length)] + line.substring(pos));
                }
                case 6 -> {
                    String joined = String.join("\n", lines);
                    return joined.substring(0, random.nextInt(Math.max(1, joined.length())));
                }
                default -> lines.set(at, " ".repeat(random.nextInt(6)) + lines.get(at).strip());
            }
            t = String.join("\n", lines);
        }
        return t;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = PlanFileFuzzTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

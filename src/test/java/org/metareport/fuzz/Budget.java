package org.metareport.fuzz;

import java.util.Random;

/**
 * How long the seeded fuzzers run: {@code tries(n)} inputs per property, times {@code -Dfuzz.scale} (1 in
 * {@code mvn verify}; the {@code fuzz} profile raises it), all drawn from {@code -Dfuzz.seed} so that a run is
 * reproducible: the same seed and scale give the same inputs.
 */
public final class Budget {
    public static final long SEED = Long.getLong("fuzz.seed", 20_261_204L);
    static final int SCALE = Integer.getInteger("fuzz.scale", 1);

    private Budget() {}

    public static int tries(int base) {
        return base * SCALE;
    }

    /** A random source for one property: the run's seed mixed with the property's name. */
    public static Random random(String property) {
        return new Random(SEED * 31 + property.hashCode());
    }
}

package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the figures stage runs its independent drawing jobs (one per figure or group of figures): one after another
 * ({@link #IN_ORDER}), or spread over the machine's cores by the caller's scheduler. Either way the values come back
 * in the jobs' order, so the figures, their numbers and their bytes do not depend on the threads.
 */
@FunctionalInterface
public interface Jobs {
    /** Runs every job on the calling thread, in order. */
    Jobs IN_ORDER = new Jobs() {
        @Override
        public <R> List<R> all(List<? extends Supplier<R>> jobs) {
            List<R> out = new ArrayList<>(jobs.size());
            for (Supplier<R> job : jobs) out.add(job.get());
            return out;
        }
    };

    /** @return each job's value, in the jobs' order; the first failing job's exception (in that order) is thrown */
    <R> List<R> all(List<? extends Supplier<R>> jobs);
}

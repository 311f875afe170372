package org.metareport.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Independent work of one run on the machine's cores: each task computes a value from immutable inputs, and the
 * results come back in the order given, so what is written does not depend on which thread finished first. With one
 * core (or {@code -Dmetareport.threads=1}) everything runs on the calling thread, in order.
 */
public final class Parallel {
    private Parallel() {}

    /** False when the run should stay on one thread. */
    public static boolean enabled() {
        return Runtime.getRuntime().availableProcessors() > 1 && !"1".equals(System.getProperty("metareport.threads"));
    }

    /**
     * {@code f} applied to each item, in parallel when {@link #enabled()}; results in the items' order. The items form
     * one queue that the calling thread and up to one helper per other core take from in turn (the next item to
     * whichever thread is free), so a long item does not hold back the rest. When items fail, every item is still
     * tried, and the failure of the first failing item (in the items' order) is thrown. The caller never waits for a
     * helper that no thread has started.
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<R> out = new ArrayList<>(items.size());
        if (!enabled() || items.size() < 2) {
            for (T t : items) out.add(f.apply(t));
            return out;
        }
        Object[] results = new Object[items.size()];
        Throwable[] failures = new Throwable[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable share = () -> {
            for (int i; (i = next.getAndIncrement()) < items.size(); ) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                }
            }
        };
        int helpers = Math.min(items.size() - 1, Math.max(1, ForkJoinPool.getCommonPoolParallelism()));
        List<Task<Void>> running = new ArrayList<>(helpers);
        for (int h = 0; h < helpers; h++) {
            running.add(start(() -> {
                share.run();
                return null;
            }));
        }
        share.run();                                      // the calling thread works too
        // the shares catch their items' failures, so this only waits for a helper still on an item; a helper no thread
        // has started (the pool busy, e.g. with other runs of a batch) is run here, finds no item left and returns
        for (Task<Void> t : running) {
            try {
                t.join();
            } catch (IOException e) {
                throw new UncheckedIOException(e);        // cannot happen: a share throws no IOException
            }
        }
        for (Throwable t : failures) {
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
        }
        for (Object r : results) {
            @SuppressWarnings("unchecked") R value = (R) r;
            out.add(value);
        }
        return out;
    }

    /** The same as {@link #map} for a list of jobs: each job's value, in the jobs' order. */
    public static <R> List<R> all(List<? extends Supplier<R>> jobs) {
        return map(jobs, Supplier::get);
    }

    /**
     * A task handed to another thread now when {@link #enabled()}; whichever comes first runs it: that thread, or the
     * caller of {@link Task#join()} (so a join never waits for a task still queued behind other work). Without
     * parallelism it runs when joined.
     */
    public static <R> Task<R> start(IoSupplier<R> work) {
        Task<R> task = new Task<>(work);
        if (enabled()) CompletableFuture.runAsync(task::runUnlessTaken, ForkJoinPool.commonPool());
        return task;
    }

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface IoSupplier<R> {
        R get() throws IOException;
    }

    /** A started task; {@link #join()} gives its value or throws what it threw. */
    public static final class Task<R> {
        private final IoSupplier<R> work;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CompletableFuture<R> done = new CompletableFuture<>();

        private Task(IoSupplier<R> work) {
            this.work = work;
        }

        /** Runs the work unless another thread has taken it; the outcome completes {@link #done}. */
        private void runUnlessTaken() {
            if (!taken.compareAndSet(false, true)) return;
            try {
                done.complete(work.get());
            } catch (IOException e) {
                done.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            }
        }

        public R join() throws IOException {
            runUnlessTaken();                        // not started yet: run it here
            try {
                return Parallel.join(done);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** The value of {@code c}, rethrowing what the task threw as it was thrown. */
    public static <R> R join(CompletableFuture<R> c) {
        try {
            return c.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw e;
        }
    }
}

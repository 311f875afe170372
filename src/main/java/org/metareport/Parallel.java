package org.metareport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Independent work of one run on the machine's cores: each task computes a value from immutable inputs, and the
 * results come back in the order given, so what is written does not depend on which thread finished first. With one
 * core (or {@code -Dmetareport.threads=1}) everything runs on the calling thread, in order.
 */
final class Parallel {
    private Parallel() {}

    /** False when the run should stay on one thread. */
    static boolean enabled() {
        return Runtime.getRuntime().availableProcessors() > 1 && !"1".equals(System.getProperty("metareport.threads"));
    }

    /** {@code f} applied to each item, in parallel when {@link #enabled()}; results in the items' order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> f) {
        List<R> out = new ArrayList<>(items.size());
        if (!enabled() || items.size() < 2) {
            for (T t : items) out.add(f.apply(t));
            return out;
        }
        List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
        for (int i = 1; i < items.size(); i++) {
            T t = items.get(i);
            futures.add(CompletableFuture.supplyAsync(() -> f.apply(t), ForkJoinPool.commonPool()));
        }
        R first;
        try {
            first = f.apply(items.get(0));   // the calling thread works too
        } catch (RuntimeException | Error e) {
            for (CompletableFuture<R> c : futures) join(c);   // no task left running behind the error
            throw e;
        }
        out.add(first);
        for (CompletableFuture<R> c : futures) out.add(join(c));
        return out;
    }

    /** A task started now, on another thread when {@link #enabled()}, else run when {@link Task#join()} is called. */
    static <R> Task<R> start(IoSupplier<R> work) {
        if (!enabled()) return new Task<>(null, work);
        return new Task<>(CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, ForkJoinPool.commonPool()), null);
    }

    /** Work that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface IoSupplier<R> {
        R get() throws IOException;
    }

    /** A started task; {@link #join()} gives its value or throws what it threw. */
    static final class Task<R> {
        private final CompletableFuture<R> future;
        private final IoSupplier<R> deferred;

        private Task(CompletableFuture<R> future, IoSupplier<R> deferred) {
            this.future = future;
            this.deferred = deferred;
        }

        R join() throws IOException {
            if (future == null) return deferred.get();
            try {
                return Parallel.join(future);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** The value of {@code c}, rethrowing what the task threw as it was thrown. */
    static <R> R join(CompletableFuture<R> c) {
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

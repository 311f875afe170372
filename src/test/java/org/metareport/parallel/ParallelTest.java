package org.metareport.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The run's scheduler: values in the given order whatever the threads, every item tried, no join behind a queue. */
class ParallelTest {
    @Test
    void mapGivesTheValuesInTheItemsOrderAndTriesEachItemOnce() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        List<Integer> out = Parallel.map(items, i -> {
            seen.add(i);
            if (i % 7 == 0) sleep(1);                                      // uneven items
            return i * i;
        });
        assertThat(out).isEqualTo(items.stream().map(i -> i * i).toList());
        assertThat(seen).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void mapTriesEveryItemAndThrowsTheFailureOfTheFirstFailingItem() {
        AtomicInteger tried = new AtomicInteger();
        assertThatThrownBy(() -> Parallel.map(List.of(0, 1, 2, 3, 4, 5), i -> {
            tried.incrementAndGet();
            if (i == 4) throw new IllegalStateException("item 4");
            if (i == 2) {
                sleep(20);                                                  // fails later in time, earlier in order
                throw new IllegalArgumentException("item 2");
            }
            return i;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 2");
        assertThat(tried).hasValue(6);
    }

    @Test
    void allRunsJobsAsMapDoes() {
        List<java.util.function.Supplier<String>> jobs = List.of(() -> "a", () -> "b", () -> "c");
        assertThat(Parallel.all(jobs)).containsExactly("a", "b", "c");
    }

    @Test
    void aJoinRunsATaskThatNoOtherThreadHasStartedInsteadOfWaitingForIt() throws Exception {
        // keep every worker of the shared pool busy, so the task stays queued
        int workers = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(workers);
        List<java.util.concurrent.CompletableFuture<Void>> blockers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            blockers.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                busy.countDown();
                await(release);
            }, ForkJoinPool.commonPool()));
        }
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();
            Parallel.Task<Thread> task = Parallel.start(() -> {
                runs.incrementAndGet();
                return Thread.currentThread();
            });
            // the join returns while every worker the pool was asked for is still blocked: it ran the task here, or
            // a spare worker the pool kept from earlier blocking joins (beyond its parallelism) took it; the old join,
            // which waited for the pool, would time out here when no spare exists
            Thread ran = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> task.join(), "the join waited behind the busy pool");
            boolean spare = ForkJoinPool.commonPool().getPoolSize() > workers;
            if (!spare) assertThat(ran.getName()).doesNotStartWith("ForkJoinPool");   // ran by the joining thread
            assertThat(task.join()).isSameAs(ran);                          // and only once
            assertThat(runs).hasValue(1);
        } finally {
            release.countDown();
            blockers.forEach(java.util.concurrent.CompletableFuture::join);
        }
    }

    @Test
    void aMapReturnsWhileEveryWorkerOfThePoolIsBusy() throws Exception {
        // the pool's workers blocked (as by the other runs of a batch): the map neither waits for them nor for its
        // own helper, which no thread has started; it does the items itself (a spare worker may help), in order
        int workers = Math.max(1, ForkJoinPool.getCommonPoolParallelism());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(workers);
        List<java.util.concurrent.CompletableFuture<Void>> blockers = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            blockers.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                busy.countDown();
                await(release);
            }, ForkJoinPool.commonPool()));
        }
        try {
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            List<Integer> out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(10), () -> Parallel.map(List.of(1, 2, 3, 4), i -> 10 * i),
                    "the map waited behind the busy pool");
            assertThat(out).containsExactly(10, 20, 30, 40);
        } finally {
            release.countDown();
            blockers.forEach(java.util.concurrent.CompletableFuture::join);
        }
    }

    @Test
    void mapsNestAndGiveEveryValueInOrder() {
        List<List<Integer>> out = Parallel.map(List.of(0, 1, 2, 3, 4, 5, 6, 7), i -> Parallel.map(List.of(0, 1, 2), j -> {
            if (j == 1) sleep(2);
            return 10 * i + j;
        }));
        for (int i = 0; i < 8; i++) assertThat(out.get(i)).containsExactly(10 * i, 10 * i + 1, 10 * i + 2);
    }

    @Test
    void aTaskRunsOnceWhoeverRunsItAndItsFailureReachesTheJoin() {
        AtomicInteger runs = new AtomicInteger();
        Parallel.Task<Integer> task = Parallel.start(runs::incrementAndGet);
        try {
            assertThat(task.join()).isEqualTo(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(runs).hasValue(1);
        Parallel.Task<Void> failing = Parallel.start(() -> {
            throw new IOException("disk full");
        });
        assertThatThrownBy(failing::join).isInstanceOf(IOException.class).hasMessage("disk full");
        Parallel.Task<Void> broken = Parallel.start(() -> {
            throw new IllegalStateException("bug");
        });
        assertThatThrownBy(broken::join).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.metareport.timing;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Wall-clock stage times of a run, printed on stderr ({@code timing: <stage> <ms> ms}) when switched on with
 * {@code --timings}. Off by default, when it costs one volatile read per stage. Stage names are stable words
 * ({@code read spec}, {@code fit overall}, {@code write pdf}) so scripts can grep them; lines from parallel stages
 * may interleave, each line is printed whole.
 */
public final class Timings {
    private static volatile PrintWriter sink;
    private static volatile long started;

    private Timings() {}

    /**
     * Switches timings on for this process, printing on {@code err}; the first line is the time from the JVM's start
     * to now (JVM start-up, class loading, command-line parsing), by the JVM's own clock (its uptime, in whole
     * milliseconds). The process's start time from the operating system is not used: on Linux it is counted from a
     * boot time given in whole seconds, which made this line up to a second too long.
     */
    public static void enable(PrintWriter err) {
        sink = err;
        started = System.nanoTime();
        print("jvm start to main", ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L);
    }

    /** Switches timings off (for tests that switched them on). */
    public static void disable() {
        sink = null;
    }

    /** True when timings are printed. */
    public static boolean on() {
        return sink != null;
    }

    /** Runs {@code work} and prints how long it took under {@code stage}. */
    public static <T> T time(String stage, Supplier<T> work) {
        if (sink == null) return work.get();
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            print(stage, System.nanoTime() - t0);
        }
    }

    /** Runs {@code work} and prints how long it took under {@code stage}. */
    public static void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** A start time for {@link #since} (for work that throws checked exceptions). */
    public static long start() {
        return System.nanoTime();
    }

    /** Prints the time since {@code start} (from {@link #start()}) under {@code stage}. */
    public static void since(String stage, long start) {
        if (sink != null) print(stage, System.nanoTime() - start);
    }

    /** Prints the time since {@link #enable} under {@code stage} (e.g. {@code total}). */
    public static void total(String stage) {
        if (sink != null) print(stage, System.nanoTime() - started);
    }

    private static void print(String stage, long nanos) {
        PrintWriter w = sink;
        if (w == null) return;
        String line = String.format(Locale.ROOT, "timing: %s %.1f ms", stage, nanos / 1e6);
        synchronized (Timings.class) {
            w.println(line);
            w.flush();
        }
    }
}

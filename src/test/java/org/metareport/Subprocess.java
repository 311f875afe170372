package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs metareport in a JVM of its own (the test class path), for what an in-process run cannot show or must not
 * risk: a working or home folder of the test's choosing, signals, a process killed outright.
 */
public final class Subprocess {
    /** A guard against a hung child, not a timing assumption: every child ends long before. */
    static final long LIMIT_SECONDS = 300;

    private Subprocess() {}

    public record Result(int exit, String out, String err) {}

    /** Starts {@code mainClass} with {@code args} in {@code workDir}; stdout is a pipe, stderr goes to {@code err}. */
    public static Process start(Path workDir, Path err, List<String> jvmOptions, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    /** Runs the command line ({@code org.metareport.cli.Main}) in {@code workDir} to its end. */
    public static Result run(Path workDir, List<String> jvmOptions, String... args) throws Exception {
        Path err = Files.createTempFile("metareport-child-", ".err");
        try {
            Process p = start(workDir, err, jvmOptions, "org.metareport.cli.Main", args);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = waitFor(p);
            return new Result(exit, out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    public static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child process did not end");
        }
        return p.exitValue();
    }

    /** Reads the child's stdout up to the first line starting with {@code prefix}, and returns that line. */
    public static String awaitLine(Process p, String prefix) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = r.readLine()) != null; ) {
            if (line.startsWith(prefix)) return line;
            seen.append(line).append('\n');
        }
        assertThat(seen.toString()).as("the child ended without printing a line starting with '%s'", prefix).isNull();
        return null;
    }
}

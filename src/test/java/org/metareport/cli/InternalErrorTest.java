package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An internal error prints one line, {@code internal error: <message>; details in <log>}, exits 1 and writes the
 * stack trace to that log file, never to stderr. Provoked through a command added to the real command tree.
 */
class InternalErrorTest {
    @TempDir
    Path logs;

    static final Pattern LINE = Pattern.compile("internal error: (.*); details in (\\S+)");

    @CommandLine.Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        final java.util.function.Supplier<Throwable> failures;

        Explode(java.util.function.Supplier<Throwable> failures) {
            this.failures = failures;
        }

        @Override
        public Integer call() throws Exception {
            Throwable failure = failures.get();   // made here, so the trace starts here
            if (failure instanceof Error e) throw e;
            throw (Exception) failure;
        }
    }

    CliRunner explode(java.util.function.Supplier<Throwable> failure) {
        Main main = new Main();
        main.logs = logs;
        CommandLine cl = new CommandLine(main).addSubcommand("explode", new Explode(failure));
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(cl, new String[] {"explode"}, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }

    /** Checks the one line and returns the log file it names. */
    Path oneLine(CliRunner r, String message) {
        assertThat(r.exit()).as("exit").isEqualTo(1);
        assertThat(r.err().lines().toList()).as("one line on stderr: %s", r.err()).hasSize(1);
        assertThat(r.err()).as("no stack trace on stderr").doesNotContain("\tat ", "Caused by");
        Matcher m = LINE.matcher(r.err().strip());
        assertThat(m.matches()).as("the line: %s", r.err()).isTrue();
        assertThat(m.group(1)).as("short message").isEqualTo(message);
        Path log = Path.of(m.group(2));
        assertThat(log.getParent()).as("log in the log folder").isEqualTo(logs);
        assertThat(log.getFileName().toString()).as("log name").startsWith("metareport-error-").endsWith(".log");
        return log;
    }

    @Test
    void printsOneLineAndWritesTheStackTraceToALogFile() throws Exception {
        Path log = oneLine(explode(() -> new IllegalStateException("boom\nsecond line")), "IllegalStateException: boom second line");
        assertThat(Files.readString(log)).as("log").startsWith("metareport ")
                .contains("java.lang.IllegalStateException: boom", "\tat org.metareport.cli.InternalErrorTest$Explode.call");
    }

    @Test
    void handlesAnErrorTheSameWay() throws Exception {
        Path log = oneLine(explode(StackOverflowError::new), "StackOverflowError");
        assertThat(Files.readString(log)).as("log").contains("java.lang.StackOverflowError");
    }

    @Test
    void saysSoWhenTheLogCannotBeWritten() {
        StringWriter err = new StringWriter();
        Main.internalError("a/analysis.yaml", new NullPointerException("x"), new PrintWriter(err, true),
                logs.resolve("missing"));
        assertThat(err.toString().strip()).as("line").startsWith("internal error: a/analysis.yaml: NullPointerException: "
                + "x; no details written (cannot write a log file in " + logs.resolve("missing")).doesNotContain("\tat ");
    }

    @Test
    void badInputIsNotAnInternalError() {
        CliRunner r = explode(() -> org.metareport.problems.InputException.at(org.metareport.problems.Where.of("a.yaml", 3),
                "no such key"));
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err().strip()).as("stderr").isEqualTo("error: a.yaml:3: no such key");
    }

    @Test
    void outOfMemoryIsOneLineSayingHowToGiveMoreHeap() {
        CliRunner r = explode(() -> new java.util.concurrent.CompletionException(new OutOfMemoryError("Java heap space")));
        assertThat(r.exit()).as("exit").isEqualTo(1);
        assertThat(r.err().strip()).as("stderr").isEqualTo(Main.outOfMemory(Runtime.getRuntime().maxMemory()));
        assertThat(Main.outOfMemory(256L << 20)).isEqualTo("error: out of memory: this run needs more than the 256 MB "
                + "of heap the JVM was given; give it more, e.g. METAREPORT_JAVA_OPTS=-Xmx1g bin/metareport ..., or "
                + "java -Xmx1g -jar target/metareport.jar ... "
                + "(an output folder is replaced only by a finished run)");
        assertThat(Main.outOfMemory(1024L << 20)).contains("-Xmx3g");
    }
}

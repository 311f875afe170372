package org.metareport.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;

/**
 * The contract every reader of user input keeps, whatever the bytes: it returns a value or throws an
 * {@link InputException} whose every problem is located ({@code file:line}) and worded for the user. Never another
 * exception or error (a {@code StackOverflowError} from deep nesting counts), never a hang, never a message with
 * a Java class name or a stack trace in it.
 *
 * <p>The hang guard is a liveness check, not a timing test: a try that has not finished after
 * {@link #HANG_SECONDS} seconds (hundreds of times what any try takes) is a loop, and fails with the input.
 */
public final class ReaderContract {
    static final int HANG_SECONDS = 60;
    /** A fully qualified class name of the JDK or a library: {@code java.lang.NumberFormatException}. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:java|javax|jdk|sun|org|com|net)\\.[a-z0-9_]+(?:\\.[A-Za-z0-9_$]+)*\\.[A-Z][A-Za-z0-9_$]*");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|\\.java:\\d+\\)");
    private static final Pattern JAVA_WORDS = Pattern.compile("Exception\\b|\\bThrowable\\b|\\bnull\\b|\\bNaN\\b");
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "fuzz-try", 512L * 1024); // a small stack, as a worst case for recursion
        t.setDaemon(true);
        return t;
    });

    private ReaderContract() {}

    /**
     * Runs {@code call} (in a thread with a small stack) and checks the contract.
     *
     * @param input what was given, shown when the contract breaks and searched for words a message may echo
     * @return the InputException it threw, or null when it returned a value
     */
    public static InputException check(byte[] input, Callable<?> call) {
        return check(describe(input), new String(input, java.nio.charset.StandardCharsets.UTF_8), call);
    }

    /** {@link #check(byte[], Callable)} for text. */
    public static InputException check(String input, Callable<?> call) {
        return check(describe(input), input, call);
    }

    /**
     * @param input what was given, shown when the contract breaks
     * @param echo  the input as text: words the input holds itself may be quoted back in a message
     */
    private static InputException check(String input, String echo, Callable<?> call) {
        Future<?> f = RUNNER.submit(call);
        Throwable thrown;
        try {
            f.get(HANG_SECONDS, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            thrown = e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer after " + HANG_SECONDS + " s (a loop?) for input " + input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (!(thrown instanceof InputException ie))
            throw new AssertionError("threw " + thrown + " instead of a located InputException, for input " + input
                    + "\n" + trace(thrown), thrown);
        for (Problem p : ie.problems()) {
            String shown = p.toString();
            if (p.where() == null || p.where().file() == null || p.where().file().isBlank() || p.where().line() < 1)
                throw new AssertionError("problem without file:line: " + shown + ", for input " + input);
            if (p.message() == null || p.message().isBlank())
                throw new AssertionError("problem without a message at " + p.where() + ", for input " + input);
            for (Pattern java : new Pattern[] {CLASS_NAME, STACK_FRAME, JAVA_WORDS}) {
                java.util.regex.Matcher m = java.matcher(p.message());
                while (m.find())
                    if (!echo.contains(m.group()))
                        throw new AssertionError("message shows Java internals ('" + m.group() + "'): " + shown
                                + ", for input " + input);
            }
        }
        return ie;
    }

    /**
     * Fails when a message of {@code e} holds a control character (C0, DEL, C1, or a line or paragraph separator)
     * that is not escaped: such a character from the input can rewrite a terminal line or forge a second
     * {@code error:} line.
     */
    public static void assertNoControlCharacters(InputException e, String input) {
        if (e == null) return;
        for (Problem p : e.problems()) {
            String shown = p.toString();
            for (int i = 0; i < shown.length(); i++) {
                char c = shown.charAt(i);
                if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029')
                    throw new AssertionError(String.format("message holds the control character U+%04X: %s, for input %s",
                            (int) c, shown.replaceAll("\\p{Cc}", "?"), input));
            }
        }
    }

    /** A short printable description of bytes, for failure messages. */
    public static String describe(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length + 16).append(bytes.length).append(" bytes \"");
        for (int i = 0; i < Math.min(bytes.length, 400); i++) {
            int c = bytes[i] & 0xFF;
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"') b.append((char) c);
            else b.append(String.format("\\x%02X", c));
        }
        return b.append(bytes.length > 400 ? "\"…" : "\"").toString();
    }

    /** A short printable description of text. */
    public static String describe(String text) {
        return describe(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 4000 ? s.substring(0, 4000) + "…" : s;
    }
}

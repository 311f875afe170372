package org.metareport.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one template within budgets of time, output and nesting, so that a template which loops forever, writes
 * gigabytes or calls itself without end stops with an error at its file and line instead of hanging or crashing.
 *
 * <p>The template runs on a thread of its own with a large stack. A {@link TemplateProcessingTracer} sees every
 * element it enters (the loop checks that {@link TemplateSandbox} adds make an empty loop body count too) and
 * checks the clock, the nesting depth and the size of any output being captured; the writer checks the size of
 * the output. A loop inside one expression (say {@code (1..2000000000)?filter(...)}) enters no element: when the
 * thread has not finished shortly after the deadline, it is interrupted and left behind (a daemon thread), and
 * the run fails all the same.
 */
final class TemplateBudget {
    /** The limits of one template run. */
    record Limits(int seconds, int megabytes, int depth) {
        /** 60 s, 64 MB of text (counted in characters), 1,000 nested elements: far beyond any real manuscript. */
        static final Limits DEFAULT = new Limits(60, 64, 1_000);

        long outputChars() {
            return (long) megabytes << 20;
        }
    }

    /** A budget that ran out: where (template source name, line) and what. Not a bug, so no stack trace. */
    static final class Exceeded extends RuntimeException {
        private final String template;
        private final int line;

        Exceeded(String template, int line, String message) {
            super(message, null, false, false);
            this.template = template;
            this.line = line;
        }

        /** @return the template's source name, or null when no element had been entered */
        String template() {
            return template;
        }

        int line() {
            return line;
        }
    }

    /** How long after the deadline a thread that does not notice it (a loop inside an expression) is left behind. */
    private static final long GRACE_MILLIS = 2_000;
    private static final long STACK_BYTES = 16L << 20;   // 1,000 levels of recursion need well under 1 MB

    private final Limits limits;

    TemplateBudget(Limits limits) {
        this.limits = limits;
    }

    /**
     * Processes {@code template} with {@code model} and returns its output.
     *
     * @throws Exceeded         when a budget runs out
     * @throws TemplateException for any other template error
     */
    String process(Template template, Object model) throws TemplateException, IOException {
        Run run = new Run(limits, System.nanoTime() + limits.seconds() * 1_000_000_000L);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> outcome.set(run.process(template, model)), "metareport-template",
                STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(limits.seconds() * 1_000L + GRACE_MILLIS);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a template ran", e);
        }
        if (worker.isAlive()) {
            worker.interrupt();
            throw run.tooSlow();
        }
        Object result = outcome.get();
        if (result instanceof String s) return s;
        if (result instanceof TemplateException e) throw e;
        if (result instanceof IOException e) throw e;
        if (result instanceof RuntimeException e) throw e;
        if (result instanceof Error e) throw e;
        throw new IllegalStateException("template run ended without a result");
    }

    /** One run: the tracer and the writer share its state, written by the worker thread. */
    private static final class Run extends Writer implements TemplateProcessingTracer {
        private final Limits limits;
        private final long deadline;
        private final StringBuilder out = new StringBuilder();
        private volatile TracedElement current;
        private int depth;
        private Exceeded exceeded;                // once a budget ran out it stays out, even past #attempt

        Run(Limits limits, long deadline) {
            this.limits = limits;
            this.deadline = deadline;
        }

        /** @return the output, or the exception the template ended with */
        Object process(Template template, Object model) {
            try {
                Environment env = template.createProcessingEnvironment(model, this);
                env.setTemplateProcessingTracer(this);
                env.process();
                if (exceeded != null) return exceeded;
                return out.toString();
            } catch (StackOverflowError e) {
                return exceeded != null ? exceeded : exceeded("templates nested too deeply for Java's stack; look "
                        + "for a macro, function or #include that calls itself without end");
            } catch (OutOfMemoryError e) {
                out.setLength(0);
                out.trimToSize();
                return exceeded("template ran out of memory; look for a loop that builds an ever longer value");
            } catch (TemplateException | IOException | RuntimeException e) {
                Exceeded cause = budgetCause(e);
                if (cause != null) return cause;
                if (exceeded != null) return exceeded;
                if (Thread.currentThread().isInterrupted()) return tooSlow();
                return e;
            } catch (Error e) {
                return e;                         // rethrown by the caller's thread, as an internal error
            }
        }

        private static Exceeded budgetCause(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof Exceeded x) return x;
            return null;
        }

        @Override
        public void enterElement(Environment env, TracedElement element) {
            current = element;
            depth++;
            if (exceeded != null) throw exceeded;
            if (depth > limits.depth()) throw tooDeep();
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) throw tooSlow();
            // #assign capture and #attempt write into a StringWriter of their own, not into this writer
            if (env.getOut() instanceof StringWriter sw && sw.getBuffer().length() > limits.outputChars()) {
                throw tooLong();
            }
        }

        @Override
        public void exitElement(Environment env, TracedElement element) {
            depth--;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (exceeded != null) throw exceeded;
            if (out.length() + (long) len > limits.outputChars()) throw tooLong();
            out.append(buf, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (exceeded != null) throw exceeded;
            if (out.length() + (long) len > limits.outputChars()) throw tooLong();
            out.append(s, off, off + len);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        Exceeded tooSlow() {
            return exceeded(String.format(Locale.ROOT, "template took longer than %d s; look for a loop that does "
                    + "not end", limits.seconds()));
        }

        private Exceeded tooLong() {
            return exceeded(String.format(Locale.ROOT, "template wrote more than %d MB; look for a loop that does "
                    + "not end", limits.megabytes()));
        }

        private Exceeded tooDeep() {
            return exceeded(String.format(Locale.ROOT, "templates nested deeper than %,d levels; look for a macro, "
                    + "function or #include that calls itself without end", limits.depth()));
        }

        private Exceeded exceeded(String message) {
            TracedElement at = current;
            Exceeded e = at == null ? new Exceeded(null, 1, message)
                    : new Exceeded(at.getTemplate().getSourceName(), at.getBeginLine(), message);
            if (exceeded == null) exceeded = e;
            return e;
        }
    }
}

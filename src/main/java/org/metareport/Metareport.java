package org.metareport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.metareport.spec.ReadScope;

/**
 * The front door: everything the command line does is callable from here.
 *
 * <pre>{@code
 * RunReport r = Metareport.run(Path.of("analyses/school-based-mh/analysis.yaml"), RunOptions.DEFAULTS);
 * double g = r.results().analyses().get(0).coefficients().get(0).estimate();
 * }</pre>
 */
public final class Metareport {
    private Metareport() {}

    /**
     * Reads the spec and its data, fits every analysis and writes the report (atomically).
     *
     * @throws org.metareport.problems.InputException for bad input, with every problem found
     */
    public static RunReport run(Path spec, RunOptions options) {
        return Pipeline.run(spec, options);
    }

    /**
     * Checks the spec and its data (columns exist, cells parse, effect sizes compute); fits nothing, writes
     * nothing.
     *
     * @return warnings (e.g. rows omitted)
     * @throws org.metareport.problems.InputException for bad input
     */
    public static List<String> validate(Path spec) {
        return Pipeline.validate(spec, false, ReadScope.DEFAULT);
    }

    /** {@link #validate(Path)}, with {@code strict} turning warnings such as a PRISMA gap into errors. */
    public static List<String> validate(Path spec, boolean strict) {
        return Pipeline.validate(spec, strict, ReadScope.DEFAULT);
    }

    /**
     * {@link #validate(Path, boolean)}, letting the spec read also inside {@code scope}'s folders
     * ({@code --allow-read}) and data files up to its size limit.
     */
    public static List<String> validate(Path spec, boolean strict, ReadScope scope) {
        return Pipeline.validate(spec, strict, scope);
    }

    /**
     * Re-runs the spec into a temporary folder and compares it with an earlier run: its inputs (by SHA-256), every
     * number of results.json (relative {@code tolerance}) and its output files (by SHA-256).
     *
     * @param against the earlier run's folder; null = the spec's default output folder
     * @throws org.metareport.problems.InputException for bad input or a missing earlier run
     */
    public static org.metareport.verify.VerifyReport verify(Path spec, Path against, double tolerance,
                                                            List<String> command) {
        return Verification.verify(spec, against, tolerance, command, ReadScope.DEFAULT);
    }

    /** {@link #verify(Path, Path, double, List)}, reading as {@code scope} allows ({@code --allow-read}). */
    public static org.metareport.verify.VerifyReport verify(Path spec, Path against, double tolerance,
                                                            List<String> command, ReadScope scope) {
        return Verification.verify(spec, against, tolerance, command, scope);
    }

    /**
     * Writes the verification report for journals, {@code verification.html} and {@code verification.json}, into
     * {@code dir}: the tool's version, commit and jar hash, the inputs' hashes, every claim and every difference.
     *
     * @param spec the spec as the user named it (shown in the report)
     * @throws org.metareport.problems.InputException when {@code dir} is a file or cannot be created
     */
    public static void writeVerificationReport(Path spec, org.metareport.verify.VerifyReport report, Path dir)
            throws IOException {
        writeVerificationReport(spec, report, dir, ReadScope.DEFAULT);
    }

    /** As {@link #writeVerificationReport(Path, org.metareport.verify.VerifyReport, Path)}, reading as {@code scope} allows. */
    public static void writeVerificationReport(Path spec, org.metareport.verify.VerifyReport report, Path dir,
                                               ReadScope scope) throws IOException {
        var subject = new org.metareport.verify.VerificationSubject(spec.toString(), Pipeline.read(spec, scope).title(),
                identity());
        org.metareport.verify.VerificationFiles.write(subject, report, dir);
    }

    /** The running tool: version, commit and the SHA-256 of its jar (absent when not run from a jar). */
    public static org.metareport.verify.ToolIdentity identity() {
        return new org.metareport.verify.ToolIdentity(version(), commit().orElse(null), ToolJar.sha256().orElse(null));
    }

    /**
     * True in the launcher's recording run, the one run of a jar and archive kind whose loaded classes make the
     * archive ({@code bin/metareport} sets {@code -Dmetareport.training} on that run only).
     */
    public static boolean recordingArchive() {
        return System.getProperty(Pipeline.TRAINING) != null;
    }

    /** The tool's version, from the build. */
    public static String version() {
        return build().getProperty("version", "dev");
    }

    /** The git commit the tool was built from ("+dirty" when built from uncommitted changes), if known. */
    public static java.util.Optional<String> commit() {
        String c = build().getProperty("commit", "");
        if (!c.matches("[0-9a-f]{40}")) return java.util.Optional.empty();
        return java.util.Optional.of("true".equals(build().getProperty("dirty")) ? c + "+dirty" : c);
    }

    private static Properties build() {
        Properties p = new Properties();
        try (InputStream in = Metareport.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

package org.metareport.output;

import com.fasterxml.jackson.core.JsonGenerator;
import org.metareport.results.ResultsJson;
import org.metareport.spec.Spec;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The provenance manifest ({@code manifest.json}): tool version, the command, and SHA-256 and size of every input
 * (spec, data, templates) and output. No clock time, so identical inputs give an identical manifest.
 *
 * @param toolCommit the git commit the tool was built from, or null when unknown
 * @param command   the command line as given (arguments after the program name)
 * @param inputsCommit the git commit checked out where the spec lives, or null outside a repository
 * @param spec      the resolved spec, written as the method card
 * @param inputs    role → file (path as the user wrote it, relative to the spec) with its bytes' hash
 * @param outputs   relative output path → bytes, in sorted order
 */
public record Manifest(String toolVersion, String toolCommit, String javaVersion, List<String> command,
                       String inputsCommit, List<Input> inputs, Spec spec, Map<String, byte[]> outputs,
                       List<FitStatus> fits) {

    /** One input file: its role (spec, effects, studies, template), its path as written, its SHA-256 and size. */
    public record Input(String role, String path, String sha256, long size) {}

    /** Convergence of one fit, for the record. */
    public record FitStatus(String analysis, String method, int iterations, boolean converged) {}

    public static final String SCHEMA = "metareport-manifest/1";

    /** The JSON text, ending with a newline. */
    public String toJson() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ResultsJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("tool", "metareport");
            g.writeStringField("tool_version", toolVersion);
            if (toolCommit == null) g.writeNullField("tool_commit"); else g.writeStringField("tool_commit", toolCommit);
            g.writeStringField("java_version", javaVersion);
            g.writeArrayFieldStart("command");
            for (String c : command) g.writeString(c);
            g.writeEndArray();
            if (inputsCommit == null) g.writeNullField("inputs_commit"); else g.writeStringField("inputs_commit", inputsCommit);
            g.writeArrayFieldStart("inputs");
            for (Input i : inputs) {
                g.writeStartObject();
                g.writeStringField("role", i.role());
                g.writeStringField("path", i.path());
                g.writeStringField("sha256", i.sha256());
                g.writeNumberField("size", i.size());
                g.writeEndObject();
            }
            g.writeEndArray();
            MethodCard.write(g, "method_card", spec);
            g.writeArrayFieldStart("fits");
            for (FitStatus f : fits) {
                g.writeStartObject();
                g.writeStringField("analysis", f.analysis());
                g.writeStringField("method", f.method());
                g.writeNumberField("iterations", f.iterations());
                g.writeBooleanField("converged", f.converged());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (var e : outputs.entrySet()) {
                g.writeStartObject();
                g.writeStringField("path", e.getKey());
                g.writeStringField("sha256", Hashing.sha256(e.getValue()));
                g.writeNumberField("size", e.getValue().length);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}

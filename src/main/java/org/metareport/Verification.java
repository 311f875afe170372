package org.metareport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metareport.output.Hashing;
import org.metareport.output.Staging;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.results.Results;
import org.metareport.spec.ReadScope;
import org.metareport.spec.Spec;
import org.metareport.verify.NumberComparison;
import org.metareport.verify.VerifyReport;

/** {@code verify}: re-runs a spec into a temporary folder and compares it with an earlier run. */
final class Verification {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Verification() {}

    static VerifyReport verify(Path specPath, Path against, double tolerance, List<String> command, ReadScope scope) {
        Spec spec = Pipeline.read(specPath, scope);
        Path old = against != null ? against : Pipeline.target(spec, RunOptions.DEFAULTS);
        JsonNode oldResults = readJson(old, "results.json");
        JsonNode oldManifest = readJson(old, "manifest.json");
        Results results = Pipeline.compute(spec, false);
        // the re-run is written into a fresh temporary folder and deleted afterwards: it never replaces anything
        try (Staging fresh = Staging.temporary("metareport-verify-")) {
            Pipeline.stagingOpened.accept(fresh.folder());
            Pipeline.write(spec, results, spec.report().formats(), command, fresh);
            JsonNode newResults = readJson(fresh.folder(), "results.json");
            JsonNode newManifest = readJson(fresh.folder(), "manifest.json");
            return new VerifyReport(old, tolerance, inputs(spec, oldManifest),
                    NumberComparison.compare(oldResults, newResults, tolerance), outputs(oldManifest, newManifest),
                    results.claims());
        } catch (IOException e) {
            throw Pipeline.cannotWrite(Path.of(System.getProperty("java.io.tmpdir")), e);
        }
    }

    /** The earlier run's inputs, re-hashed from the files the spec names today. */
    static List<VerifyReport.FileCheck> inputs(Spec spec, JsonNode manifest) {
        List<VerifyReport.FileCheck> out = new ArrayList<>();
        for (JsonNode i : manifest.path("inputs")) {
            String path = i.path("path").asText();
            Path file = spec.folder().resolve(path);
            String now = null;
            try {
                if (Files.isRegularFile(file)) now = Hashing.sha256(Files.readAllBytes(file));
            } catch (IOException e) {
                now = null;
            }
            out.add(new VerifyReport.FileCheck(i.path("role").asText(), path, i.path("sha256").asText(), now, true));
        }
        return out;
    }

    /** Output files by hash: text outputs count; binary renderings are listed only. */
    static List<VerifyReport.FileCheck> outputs(JsonNode oldManifest, JsonNode newManifest) {
        Map<String, String> now = new LinkedHashMap<>();
        for (JsonNode o : newManifest.path("outputs")) now.put(o.path("path").asText(), o.path("sha256").asText());
        List<VerifyReport.FileCheck> out = new ArrayList<>();
        for (JsonNode o : oldManifest.path("outputs")) {
            String path = o.path("path").asText();
            boolean counted = counted(path);
            out.add(new VerifyReport.FileCheck("output", path, o.path("sha256").asText(), now.remove(path), counted));
        }
        for (var e : now.entrySet()) out.add(new VerifyReport.FileCheck("output", e.getKey(), null, e.getValue(),
                counted(e.getKey())));
        return out;
    }

    /**
     * Whether an output's bytes decide the verdict: Markdown and JSON do; HTML, PDF and figures embed glyph
     * metrics or raster images that depend on the machine's fonts and JDK, so they are listed only.
     */
    static boolean counted(String path) {
        return path.endsWith(".md") || path.endsWith(".json");
    }

    static JsonNode readJson(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw InputException.at(Where.file(file.toString()), "no %s in %s to verify against; run "
                    + "'metareport run' first, or name the earlier run's folder with --against DIR", name, dir);
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw InputException.at(Where.file(file.toString()), "cannot read %s: %s", name, e.getMessage());
        }
    }
}

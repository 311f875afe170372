package org.metareport.verify;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.metareport.results.ClaimResult;
import org.metareport.results.ResultsJson;

/**
 * {@code verification.json}: the verification report for machines ({@code "schema": "metareport-verification/1"}).
 * Every input with both hashes, every claim with the reported and reproduced value, every value that differs with its
 * results.json path, and every output file. No clock time and no temporary paths: two verifications of the same
 * inputs with the same tool write the same bytes.
 */
public final class VerificationJson {
    public static final String SCHEMA = "metareport-verification/1";

    private VerificationJson() {}

    public static String json(VerificationSubject subject, VerifyReport r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ResultsJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("title", subject.title());
            g.writeStringField("spec", subject.spec());
            g.writeStringField("against", r.against().toString());
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "metareport");
            g.writeStringField("version", subject.tool().version());
            g.writeStringField("commit", subject.tool().commit());
            g.writeStringField("jar_sha256", subject.tool().jarSha256());
            g.writeEndObject();
            g.writeNumberField("tolerance", r.tolerance());
            g.writeBooleanField("reproduced", r.reproduced());
            Tally t = Tally.of(r);
            g.writeObjectFieldStart("summary");
            g.writeNumberField("inputs", t.inputs());
            g.writeNumberField("inputs_unchanged", t.inputsSame());
            g.writeNumberField("values", t.values());
            g.writeNumberField("values_equal", t.valuesSame());
            g.writeNumberField("outputs_counted", t.counted());
            g.writeNumberField("outputs_counted_identical", t.countedSame());
            g.writeNumberField("claims", t.claims());
            g.writeNumberField("claims_reproduced", t.claimsOk());
            g.writeEndObject();
            g.writeArrayFieldStart("inputs");
            for (VerifyReport.FileCheck f : r.inputs()) file(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("claims");
            for (ClaimResult c : r.claims()) {
                g.writeStartObject();
                g.writeStringField("analysis", c.analysis());
                g.writeStringField("term", c.term());
                g.writeStringField("field", c.field());
                g.writeBooleanField("robust", c.robust());
                g.writeStringField("reported", c.reported());
                if (c.reproduced() == null) g.writeNullField("reproduced");
                else g.writeNumberField("reproduced", c.reproduced());
                if (c.digits() == null) g.writeNullField("digits");
                else g.writeNumberField("digits", c.digits());
                g.writeBooleanField("ok", c.ok());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("differences");
            for (NumberComparison.Leaf l : r.numbers()) {
                if (l.same()) continue;
                g.writeStartObject();
                g.writeStringField("path", l.path());
                g.writeStringField("earlier", l.expected());
                g.writeStringField("now", l.actual());
                if (l.number()) g.writeNumberField("relative", l.relative());
                else g.writeNullField("relative");
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (VerifyReport.FileCheck f : r.outputs()) file(g, f);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void file(JsonGenerator g, VerifyReport.FileCheck f) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", f.role());
        g.writeStringField("path", f.path());
        g.writeStringField("sha256_earlier", f.expected());
        g.writeStringField("sha256_now", f.actual());
        g.writeBooleanField("same", f.same());
        g.writeBooleanField("counted", f.counted());
        g.writeEndObject();
    }

    /** The counts both the page and the JSON show. */
    record Tally(int inputs, long inputsSame, int values, long valuesSame, long counted, long countedSame, int claims,
                 long claimsOk) {
        static Tally of(VerifyReport r) {
            return new Tally(r.inputs().size(), r.inputs().stream().filter(VerifyReport.FileCheck::same).count(),
                    r.numbers().size(), r.numbers().stream().filter(NumberComparison.Leaf::same).count(),
                    r.outputs().stream().filter(VerifyReport.FileCheck::counted).count(),
                    r.outputs().stream().filter(f -> f.counted() && f.same()).count(),
                    r.claims().size(), r.claims().stream().filter(ClaimResult::ok).count());
        }
    }
}

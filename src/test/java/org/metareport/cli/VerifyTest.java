package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}: unchanged runs reproduce; changed numbers beyond tolerance and changed inputs do not. */
class VerifyTest {
    @TempDir
    Path tmp;
    Path spec;
    Path out;

    @BeforeEach
    void runOnce() throws IOException {
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), tmp.resolve("bcg.csv"));
        spec = tmp.resolve("analysis.yaml");
        Files.writeString(spec, "title: BCG\ndata:\n  effects: bcg.csv\n  study: author\neffect:\n  measure: RR\n"
                + "  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "report:\n  formats: [md]\n");
        out = tmp.resolve("out");
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", out.toString()).exit()).as("first run").isZero();
    }

    CliRunner verify() {
        return CliRunner.run("verify", spec.toString(), "--against", out.toString());
    }

    /** Replaces the first occurrence of "name": value in results.json by the given value. */
    void editResult(String name, java.util.function.DoubleUnaryOperator change) throws IOException {
        Path results = out.resolve("results.json");
        String json = Files.readString(results);
        var m = java.util.regex.Pattern.compile("\"" + name + "\": (-?[0-9.eE+-]+)").matcher(json);
        assertThat(m.find()).as("field %s in results.json", name).isTrue();
        double old = Double.parseDouble(m.group(1));
        Files.writeString(results, json.substring(0, m.start(1)) + change.applyAsDouble(old) + json.substring(m.end(1)));
    }

    @Test
    void passesOnAnUnchangedRun() {
        CliRunner r = verify();
        assertThat(r.exit()).as("exit; stdout: %s", r.out()).isZero();
        assertThat(r.out()).as("summary").contains("reproduced: yes").contains("inputs   ok");
    }

    @Test
    void acceptsAOneUlpChange() throws IOException {
        editResult("estimate", Math::nextUp);
        CliRunner r = verify();
        // the earlier run's manifest still holds the hash it wrote, so only the number comparison sees the edit
        assertThat(r.out()).as("results line").contains("results  ok");
        assertThat(r.exit()).as("exit; stdout: %s", r.out()).isZero();
    }

    @Test
    void failsOnAChangeInTheFourthSignificantDigitAndNamesTheField() throws IOException {
        editResult("estimate", x -> x * 1.001);
        CliRunner r = verify();
        assertThat(r.exit()).as("exit").isEqualTo(3);
        assertThat(r.out()).as("names the field").contains("analyses[overall].coefficients[intercept].estimate")
                .contains("reproduced: NO");
    }

    @Test
    void failsWhenADataCellChanged() throws IOException {
        Path csv = tmp.resolve("bcg.csv");
        Files.writeString(csv, Files.readString(csv).replaceFirst("\n1,Aronson,1948,4,", "\n1,Aronson,1948,5,"));
        CliRunner r = verify();
        assertThat(r.exit()).as("exit").isEqualTo(3);
        assertThat(r.out()).as("names the input").contains("✗  input bcg.csv").contains("inputs   DIFFERS");
    }

    @Test
    void saysWhenThereIsNoEarlierRun() {
        CliRunner r = CliRunner.run("verify", spec.toString(), "--against", tmp.resolve("nothing").toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").startsWith("error: ").contains("no results.json").contains("--against");
    }
}

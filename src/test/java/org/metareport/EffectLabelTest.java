package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What labels an effect under its study's heading in a forest plot: {@code data.effect_label}, else the label
 * column, else the id column, else its row in the effects file; a study with one effect is one row under its label.
 */
class EffectLabelTest {
    static final String DATA = "study,es,outcome,name,yi,vi\nA,e1,Reading,A (2001),0.2,0.04\nA,e2,Maths,A (2001),0.3,0.05\n"
            + "B,e3,Reading,B (2003),0.1,0.03\n";

    static List<String> rowLabels(Path tmp, String dataKeys) throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("spec"));
        Files.writeString(folder.resolve("data.csv"), DATA);
        Files.writeString(folder.resolve("analysis.yaml"), """
                title: Labels
                data: {effects: data.csv, study: study%s}
                effect: {measure: PRE, columns: {yi: yi, vi: vi}}
                analyses:
                  - {id: ml, model: multilevel, levels: [study, es]}
                """.formatted(dataKeys));
        Path out = tmp.resolve("out");
        Metareport.run(folder.resolve("analysis.yaml"), new RunOptions(out, List.of("md"), List.of()));
        var svg = Jsoup.parse(Files.readString(out.resolve("figures/forest-ml.svg")), "", Parser.xmlParser());
        List<String> labels = new java.util.ArrayList<>(svg.select("g.study > text").eachText().stream().map(t -> "# " + t).toList());
        for (var row : svg.select("g.row")) labels.add(row.selectFirst("text").text());
        return labels;
    }

    @Test
    void usesTheEffectLabelColumn(@TempDir Path tmp) throws IOException {
        assertThat(rowLabels(tmp, ", effect_label: outcome")).containsExactly("# A", "Reading", "Maths", "B");
    }

    @Test
    void fallsBackToTheLabelColumnThenTheIdThenTheRow(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        assertThat(rowLabels(a, ", label: outcome")).as("label column").containsExactly("# A", "Reading", "Maths", "Reading");
        assertThat(rowLabels(b, ", id: es")).as("id column").containsExactly("# A", "e1", "e2", "B");
        assertThat(rowLabels(c, "")).as("data row").containsExactly("# A", "row 2", "row 3", "B");
    }
}

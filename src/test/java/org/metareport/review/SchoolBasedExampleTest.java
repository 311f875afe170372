package org.metareport.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.metareport.data.Dataset;
import org.metareport.figures.Figure;
import org.metareport.figures.PrismaFlow;
import org.metareport.problems.Warnings;
import org.metareport.results.CharacteristicsResult;
import org.metareport.results.PrismaResult;
import org.metareport.spec.Spec;
import org.metareport.spec.SpecReader;

/**
 * The example spec (analyses/school-based-mh, the README's example report) carries the review's PRISMA counts in
 * prisma.yaml and a characteristics table; both go through the review stage and the PRISMA flow is drawn
 * (target/prisma-example-school-based.png).
 */
class SchoolBasedExampleTest {
    static final Path SPEC = Path.of("analyses/school-based-mh/analysis.yaml");

    @Test
    void examplePrismaFlowAddsUpAndIsDrawn() throws IOException {
        Spec spec = SpecReader.read(SPEC, SPEC.toString());
        assertThat(spec.prisma().file()).isEqualTo("analyses/school-based-mh/prisma.yaml");
        PrismaResult p = Prisma.check(spec.prisma(), true);
        assertThat(p.identifiedAll()).isEqualTo(6111 + 4935);
        assertThat(p.screened()).isEqualTo(8419);
        assertThat(p.screenExcluded()).isEqualTo(5864 + 2308);
        assertThat(p.assessed()).isEqualTo(247);
        assertThat(p.fullTextExcluded()).isEqualTo(218);
        assertThat(p.includedStudies()).isEqualTo(29);
        assertThat(p.warnings()).isEmpty();

        Figure f = PrismaFlow.draw(p);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/prisma-example-school-based.png"), f.png());
        Files.writeString(Path.of("target/prisma-example-school-based.svg"), f.svg());
        assertThat(f.svg()).contains("Records screened (n\u00a0=\u00a08,419)");
    }

    @Test
    void exampleCharacteristicsTableHasOneRowPerStudy() {
        Spec spec = SpecReader.read(SPEC, SPEC.toString());
        Dataset data = Dataset.read(spec.data(), new Warnings());
        CharacteristicsResult c = Characteristics.summarise(spec.characteristics(), data, spec.data().study());
        assertThat(c.k()).isEqualTo((int) data.table().values("Study").stream().distinct().count());
        assertThat(c.columns()).extracting(CharacteristicsResult.Column::kind)
                .containsExactly("text", "text", "text", "number");
        assertThat(c.columns().get(1).levels()).extracting(CharacteristicsResult.Level::value)
                .containsExactlyInAnyOrder("CRCT", "RCT");
        assertThat(c.columns().get(3).mean()).isBetween(4.0, 30.0);
        assertThat(Prisma.compareWithData(Prisma.check(spec.prisma(), false), c.k(), "Study")).as("the data hold "
                + "32 distinct study names where the authors' flow includes 29").containsExactly("PRISMA: 29 studies are "
                + "included in the review, but the data have 32 distinct values of 'Study'; check included_studies, the "
                + "study names, or the data's exclude:/include:");
    }
}

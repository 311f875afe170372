package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} on the example: the committed rendering (docs/example, kept equal to a fresh run by
 * ExampleSnapshotTest) against a run after one study's post-test mean was edited in the authors' workbook.
 */
class ExampleDiffTest {
    @TempDir
    Path tmp;

    @Test
    void namesTheEditedStudyAndTheEstimatesThatMoved() throws IOException {
        Path copy = tmp.resolve("school-based-mh");
        try (Stream<Path> files = Files.walk(Path.of("analyses/school-based-mh"))) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(Path.of("analyses/school-based-mh").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        Path xlsx = copy.resolve("data/School-based Mental Health Interventions.xlsx");
        String study = editFirstFinding(xlsx);
        assertThat(study).as("edited study").isEqualTo("Barnes et al. (2012)");
        Path out = tmp.resolve("after");
        CliRunner run = CliRunner.run("run", "-q", copy.resolve("analysis.yaml").toString(), "--out", out.toString(),
                "--format", "md");
        assertThat(run.exit()).as("run (3: the paper's claims may no longer hold); %s", run.err()).isIn(0, 3);
        CliRunner d = CliRunner.run("diff", "docs/example", out.toString());
        assertThat(d.exit()).as("diff exit; %s", d.err()).isZero();
        assertThat(d.out()).as("diff")
                .contains("studies: 0 added, 0 removed, 1 changed")
                .containsPattern("~ +Barnes et al\\. \\(2012\\) +1 of \\d+ changed")
                .containsPattern("overall +intercept +0\\.4264 \\[0\\.2169, 0\\.6359\\] +-?0\\.\\d{4} \\[")
                .containsPattern("three-level +intercept \\(robust\\) +0\\.2786")
                .containsPattern("~ +data/School-based Mental Health Interventions\\.xlsx");
        assertThat(d.out().lines().filter(l -> l.startsWith("  ~  ") && l.contains("(")).count())
                .as("only one study listed").isEqualTo(1);
    }

    /** Adds 2 to T_Mean_Post of the first Findings row; returns its study. */
    private static String editFirstFinding(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet findings = wb.getSheet("Findings");
            Row head = findings.getRow(0);
            int mean = -1, studyCol = -1;
            for (Cell c : head) {
                if (c.getStringCellValue().equals("T_Mean_Post")) mean = c.getColumnIndex();
                if (c.getStringCellValue().equals("Study")) studyCol = c.getColumnIndex();
            }
            assertThat(mean).as("T_Mean_Post column").isNotNegative();
            Row first = findings.getRow(1);
            Cell cell = first.getCell(mean);
            cell.setCellValue(cell.getNumericCellValue() + 2);
            String study = first.getCell(studyCol).getStringCellValue();
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
            return study;
        }
    }
}

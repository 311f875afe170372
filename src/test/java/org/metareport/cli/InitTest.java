package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR}: a review repository that runs as it stands, offline. */
class InitTest {
    @TempDir
    Path tmp;

    @Test
    void scaffoldsARepositoryThatRuns() throws IOException {
        Path repo = tmp.resolve("Sleep Review");
        CliRunner init = CliRunner.run("init", repo.toString());
        assertThat(init.exit()).as("init exit; %s", init.err()).isZero();
        for (String f : List.of("README.md", ".gitignore", ".github/workflows/report.yml",
                "analyses/sleep-review/analysis.yaml", "analyses/sleep-review/prisma.yaml",
                "analyses/sleep-review/data/risk-of-bias.csv", "analyses/sleep-review/data/coding.xlsx")) {
            assertThat(repo.resolve(f)).as(f).isRegularFile();
        }
        assertThat(Files.readString(repo.resolve("analyses/sleep-review/analysis.yaml"))).as("commented keys")
                .contains("# fixed | random | multilevel | rve").contains("# claims:");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).as("no staging left beside")
                    .containsExactly("Sleep Review");
        }
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("run", "-q", repo.resolve("analyses/sleep-review/analysis.yaml").toString(),
                "--out", out.toString());
        assertThat(run.exit()).as("run exit; %s", run.err()).isZero();
        assertThat(run.err()).as("names the cells to fill")
                .contains("warning: 1 row with missing values omitted (row 6: no value in 'T_Mean'");
        assertThat(out.resolve("report.html")).as("report").isRegularFile();
        assertThat(Files.readString(out.resolve("results.json"))).as("three sample studies")
                .contains("\"study\": \"Example A (2019)\"").contains("\"study\": \"Example C (2023)\"")
                .contains("\"k\": 4");
    }

    @Test
    void buildsTheWorkbookWithCodebookAndValidation() throws IOException {
        Path repo = tmp.resolve("r");
        assertThat(CliRunner.run("init", repo.toString(), "--name", "anxiety").exit()).as("init").isZero();
        try (InputStream in = Files.newInputStream(repo.resolve("analyses/anxiety/data/coding.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2))).as("sheets")
                    .containsExactly("Studies", "Findings", "Codebook");
            assertThat(header(wb.getSheet("Findings"))).as("Findings columns").containsExactly("Study", "ESId",
                    "Outcome", "T_Mean", "T_SD", "T_N", "C_Mean", "C_SD", "C_N", "Include", "Notes");
            assertThat(header(wb.getSheet("Studies"))).as("Studies columns")
                    .containsExactly("Study", "Year", "Country", "Design", "Delivery", "Include");
            List<String> lists = new ArrayList<>();
            for (DataValidation v : wb.getSheet("Studies").getDataValidations()) {
                String[] values = v.getValidationConstraint().getExplicitListValues();
                if (values != null) lists.add(String.join("|", values));
            }
            assertThat(lists).as("drop-down lists on Studies").contains("RCT|cluster RCT|quasi-experimental",
                    "in person|online|blended", "yes|no");
            assertThat(wb.getSheet("Findings").getDataValidations()).as("Findings validations").hasSizeGreaterThanOrEqualTo(5);
            XSSFSheet codebook = wb.getSheet("Codebook");
            assertThat(codebook.getLastRowNum()).as("codebook rows: every column of both sheets").isEqualTo(17);
            assertThat(codebook.getRow(1).getCell(2).getStringCellValue()).as("meaning").contains("study's label");
        }
    }

    @Test
    void refusesAFolderWithSomethingInIt() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(repo.resolve("notes.txt"), "mine");
        CliRunner r = CliRunner.run("init", repo.toString());
        assertThat(r.exit()).as("exit").isEqualTo(2);
        assertThat(r.err()).as("message").startsWith("error: ").contains("is not empty").doesNotContain("Exception");
        try (var s = Files.list(repo)) {
            assertThat(s.toList()).as("folder untouched").containsExactly(repo.resolve("notes.txt"));
        }
    }

    @Test
    void acceptsAnEmptyFolderAndChecksTheName() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("empty"));
        CliRunner bad = CliRunner.run("init", repo.toString(), "--name", "../x");
        assertThat(bad.exit()).as("bad name exit").isEqualTo(2);
        assertThat(bad.err()).as("bad name").contains("is not a usable folder name");
        assertThat(CliRunner.run("init", repo.toString()).exit()).as("empty folder").isZero();
        assertThat(repo.resolve("analyses/empty/analysis.yaml")).as("spec").isRegularFile();
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        Row r = sheet.getRow(0);
        for (int i = 0; i < r.getLastCellNum(); i++) out.add(r.getCell(i).getStringCellValue());
        return out;
    }
}

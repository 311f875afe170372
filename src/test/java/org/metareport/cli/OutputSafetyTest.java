package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.Subprocess;

/**
 * metareport deletes or replaces only folders it wrote: an output that is or holds the spec's folder, an input, the
 * working or home folder or a root is refused (exit 2, one located error line) even with --force; so is a file, and a
 * non-empty folder it did not write unless --force. Runs that could harm the working or home folder on a broken build
 * run in a child JVM whose working and home folders are temporary ones.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;
    Path review;
    Path spec;

    /** A review folder: rev/analysis.yaml and rev/data/bcg.csv (and returns the spec). */
    static Path review(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("src/test/resources/golden/metadat/dat.bcg.csv"), data.resolve("bcg.csv"));
        Path spec = dir.resolve("analysis.yaml");
        Files.writeString(spec, "title: BCG\ndata:\n  effects: data/bcg.csv\n  study: author\neffect:\n  measure: RR\n"
                + "  columns: {ai: tpos, bi: tneg, ci: cpos, di: cneg}\nanalyses:\n  - id: overall\n"
                + "report:\n  formats: [md]\n");
        return spec;
    }

    @BeforeEach
    void setUp() throws IOException {
        review = tmp.resolve("rev");
        spec = review(review);
    }

    /** The refusal: exit 2, one `error: --out <given>: ...` line naming the reason, no Java, nothing touched. */
    static void assertRefused(int exit, String err, String given, String reason) {
        assertThat(exit).as("exit; stderr: %s", err).isEqualTo(2);
        assertThat(err.lines().toList()).as("one error line").hasSize(1);
        assertThat(err).as("located at the argument").startsWith("error: --out " + given + ": ").contains(reason);
        assertNoJava(err);
    }

    static void assertNoJava(String text) {
        assertThat(text).as("no Java stack trace").doesNotContain("\tat ", "Exception", "java.");
    }

    @Test
    void refusesTheSpecFolderAndLeavesItAlone() throws Exception {
        Map<String, String> before = MainTest.hashes(review);
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", review.toString());
        assertRefused(r.exit(), r.err(), review.toString(), "is the spec's folder");
        assertThat(MainTest.hashes(review)).as("the review folder, file by file").isEqualTo(before);
        CliRunner forced = CliRunner.run("run", "-q", spec.toString(), "--out", review.toString(), "--force");
        assertRefused(forced.exit(), forced.err(), review.toString(), "is the spec's folder");
        assertThat(MainTest.hashes(review)).as("still, with --force").isEqualTo(before);
    }

    @Test
    void refusesAFolderHoldingTheSpecFolder() throws Exception {
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", tmp.toString(), "--force");
        assertRefused(r.exit(), r.err(), tmp.toString(), "contains the spec's folder");
        assertThat(spec).as("spec").exists();
    }

    @Test
    void refusesAnInputFileEvenWithForce() throws Exception {
        Path csv = review.resolve("data/bcg.csv");
        byte[] before = Files.readAllBytes(csv);
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", csv.toString(), "--force");
        assertRefused(r.exit(), r.err(), csv.toString(), "is the input");
        assertThat(csv).as("still a file").isRegularFile().hasBinaryContent(before);
        CliRunner folder = CliRunner.run("run", "-q", spec.toString(), "--out", review.resolve("data").toString());
        assertRefused(folder.exit(), folder.err(), review.resolve("data").toString(), "contains the input");
        assertThat(csv).as("data folder untouched").hasBinaryContent(before);
    }

    @Test
    void refusesTheFileSystemRoot() {
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", "/", "--force");
        assertRefused(r.exit(), r.err(), "/", "root of a file system");
    }

    @Test
    void refusesAnExistingFileThatIsNoInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine\n");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", file.toString());
        assertRefused(r.exit(), r.err(), file.toString(), "is an existing file");
        assertThat(file).as("file").hasContent("mine");
        Path under = file.resolve("x");
        CliRunner below = CliRunner.run("run", "-q", spec.toString(), "--out", under.toString());
        assertRefused(below.exit(), below.err(), under.toString(), "is a file");
    }

    @Test
    void refusesSomeoneElsesFolderLeavingEveryFileByteIdentical() throws Exception {
        Path thesis = Files.createDirectories(tmp.resolve("thesis/figs"));
        Files.writeString(thesis.getParent().resolve("chapter1.tex"), "\\chapter{One}\n");
        Files.writeString(thesis.getParent().resolve("refs.bib"), "@book{x}\n");
        Files.write(thesis.resolve("plot.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path out = tmp.resolve("thesis");
        Map<String, String> before = MainTest.hashes(out);
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertRefused(r.exit(), r.err(), out.toString(), "holds files metareport did not write (chapter1.tex, figs, refs.bib)");
        assertThat(r.err()).as("names the way out").contains("--force");
        assertThat(MainTest.hashes(out)).as("every file still there, byte-identical").isEqualTo(before);
        try (var list = Files.list(tmp)) {
            assertThat(list.map(p -> p.getFileName().toString())).as("no staging folder left")
                    .containsExactlyInAnyOrder("rev", "thesis");
        }
    }

    @Test
    void forceReplacesSomeoneElsesFolder() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("old"));
        Files.writeString(out.resolve("chapter1.tex"), "x");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString(), "--force");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        assertThat(out.resolve("report.md")).as("report").exists();
        assertThat(out.resolve("chapter1.tex")).as("replaced, as --force says").doesNotExist();
        assertThat(out.resolve(".metareport")).as("the folder is metareport's now").exists();
    }

    @Test
    void writesIntoAnEmptyFolderAndReplacesItsOwnOutput() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", out.toString()).exit()).as("empty folder").isZero();
        CliRunner again = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertThat(again.exit()).as("second run into its own folder; stderr: %s", again.err()).isZero();
        assertThat(again.err()).as("stderr").isEmpty();
    }

    @Test
    void marksItsFolderWithoutChangingTheReportOrListingTheMarker() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", out.toString()).exit()).as("run").isZero();
        assertThat(out.resolve(".metareport")).as("marker").content().startsWith("metareport output folder\n");
        assertThat(out.resolve("manifest.json")).as("the manifest lists the report, not the marker").content()
                .contains("\"report.md\"").doesNotContain(".metareport");
        assertThat(Files.readString(out.resolve("report.md"))).as("report.md has no trace of it")
                .doesNotContain(".metareport");
        // the marker is the same in every run, so two runs still write byte-identical folders
        Path other = tmp.resolve("other");
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", other.toString()).exit()).as("run 2").isZero();
        assertThat(Files.readAllBytes(other.resolve(".metareport"))).as("marker bytes")
                .isEqualTo(Files.readAllBytes(out.resolve(".metareport")));
    }

    @Test
    void treatsAnEarlierVersionsOutputAsItsOwnButNotWithSomeoneElsesFileInIt() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(CliRunner.run("run", "-q", spec.toString(), "--out", out.toString()).exit()).as("run").isZero();
        Files.delete(out.resolve(".metareport"));   // as the version before the marker wrote it
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertThat(r.exit()).as("an earlier version's folder is replaced; stderr: %s", r.err()).isZero();
        Files.delete(out.resolve(".metareport"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CliRunner mixed = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertRefused(mixed.exit(), mixed.err(), out.toString(), "did not write (notes.txt)");
        assertThat(out.resolve("notes.txt")).as("kept").hasContent("mine");
    }

    @Test
    void refusesAFolderWhoseManifestIsNotMetareports() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("manifest.json"), "{\"tool\": \"something-else\", \"outputs\": []}");
        CliRunner r = CliRunner.run("run", "-q", spec.toString(), "--out", out.toString());
        assertRefused(r.exit(), r.err(), out.toString(), "manifest.json");
    }

    @Test
    void refusesTheWorkingFolderAndFoldersAboveIt() throws Exception {
        Path work = tmp.resolve("work");
        Path rev = review(work.resolve("rev"));
        Files.writeString(work.resolve("keep.txt"), "mine");
        Map<String, String> before = MainTest.hashes(tmp);
        for (String out : List.of(".", "..", "rev/..", work.toString())) {
            Subprocess.Result r = Subprocess.run(work, List.of(), "run", "-q", "rev/analysis.yaml", "--out", out, "--force");
            assertRefused(r.exit(), r.err(), out, out.equals("..") ? "contains the working folder" : "is the working folder");
        }
        assertThat(MainTest.hashes(tmp)).as("nothing touched").isEqualTo(before);
        assertThat(rev).as("spec").exists();
    }

    @Test
    void refusesAnEmptyOutputPathAsUsage() throws Exception {
        Path work = tmp.resolve("work");
        review(work.resolve("rev"));
        Map<String, String> before = MainTest.hashes(work);
        Subprocess.Result r = Subprocess.run(work, List.of(), "run", "-q", "rev/analysis.yaml", "--out", "");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err()).as("stderr").startsWith("error: --out: the path is empty");
        assertNoJava(r.err());
        assertThat(MainTest.hashes(work)).as("nothing touched").isEqualTo(before);
    }

    @Test
    void refusesTheHomeFolderAndFoldersAboveIt() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("users/someone"));
        Files.writeString(home.resolve(".profile"), "mine");
        Map<String, String> before = MainTest.hashes(tmp);
        for (Path out : List.of(home, home.getParent())) {
            Subprocess.Result r = Subprocess.run(tmp, List.of("-Duser.home=" + home), "run", "-q",
                    spec.toString(), "--out", out.toString(), "--force");
            assertRefused(r.exit(), r.err(), out.toString(), (out.equals(home) ? "is" : "contains") + " your home folder");
        }
        assertThat(MainTest.hashes(tmp)).as("nothing touched").isEqualTo(before);
    }
}

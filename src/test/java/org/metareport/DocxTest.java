package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.output.Hashing;
import org.metareport.render.docx.DocxReader;

/**
 * report.docx of the two examples (dat.bcg and the school-based review) read back two ways: with the JDK's zip and
 * DOM ({@link DocxReader}), against the HTML of the same run (an independent rendering of the same Markdown: its
 * headings, paragraphs, table cells, captions and figures); and with LibreOffice headless, whose text export must
 * carry the pooled estimate as report.md states it. Two runs give the same bytes; hostile labels stay text; the Word
 * writer is not loaded when docx is not asked for.
 */
class DocxTest {
    static final Path BCG = Path.of("src/test/resources/pipeline/bcg/analysis.yaml");
    static final Path SCHOOL = Path.of("analyses/school-based-mh/analysis.yaml");
    static final List<String> FORMATS = List.of("md", "html", "docx");

    static Path bcg, school, bcgAgain, schoolAgain, hostile;

    @BeforeAll
    static void run(@TempDir Path tmp) {
        bcg = run(BCG, tmp.resolve("bcg"));
        bcgAgain = run(BCG, tmp.resolve("bcg-again"));
        school = run(SCHOOL, tmp.resolve("school"));
        schoolAgain = run(SCHOOL, tmp.resolve("school-again"));
        hostile = run(Path.of("src/test/resources/pipeline/hostile/analysis.yaml"), tmp.resolve("hostile"));
    }

    static Path run(Path spec, Path out) {
        Metareport.run(spec, new RunOptions(out, FORMATS, List.of("run", spec.toString())));
        return out;
    }

    static DocxReader docx(Path folder) throws Exception {
        return new DocxReader(Files.readAllBytes(folder.resolve("report.docx")));
    }

    static Document html(Path folder) throws IOException {
        return Jsoup.parse(folder.resolve("report.html").toFile());
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The first sentence of report.md about the pooled estimate (on the reported scale), as a reader sees it (no emphasis markers). */
    static String pooledEstimateLine(Path folder) throws IOException {
        for (String line : Files.readAllLines(folder.resolve("report.md"))) {
            if (line.startsWith("The pooled estimate") || line.matches("The pooled [a-z ]+ was .*")) {
                String sentence = line.replace("*", "");
                return sentence.substring(0, sentence.indexOf(" (") > 0 ? sentence.indexOf(" (") : sentence.length());
            }
        }
        throw new AssertionError("report.md of " + folder + " has no pooled estimate line");
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        assertThat(Files.readAllBytes(bcgAgain.resolve("report.docx"))).as("bcg report.docx of two runs")
                .isEqualTo(Files.readAllBytes(bcg.resolve("report.docx")));
        assertThat(Files.readAllBytes(schoolAgain.resolve("report.docx"))).as("school-based report.docx of two runs")
                .isEqualTo(Files.readAllBytes(school.resolve("report.docx")));
    }

    @Test
    void bcgMatchesItsHtml() throws Exception {
        matchesHtml(bcg);
    }

    @Test
    void schoolBasedExampleMatchesItsHtml() throws Exception {
        matchesHtml(school);
    }

    /** Headings, captions, tables, figures and every paragraph of the HTML are in the Word document, in order. */
    static void matchesHtml(Path folder) throws Exception {
        DocxReader d = docx(folder);
        Element main = html(folder).selectFirst("main");
        assertThat(d.texts("Title")).as("title").containsExactly(main.selectFirst("h1").text());
        List<String> h2 = main.select("h2").not(".toc-title").eachText();
        assertThat(h2).as("the HTML has sections").isNotEmpty();
        assertThat(d.texts("Heading1")).as("## as Word's heading 1").containsExactlyElementsOf(h2);
        assertThat(d.texts("Heading2")).as("### as Word's heading 2")
                .containsExactlyElementsOf(main.select("h3").eachText());

        List<String> captions = main.select("caption, figcaption").eachText();
        assertThat(captions).as("the HTML has captions").hasSizeGreaterThan(1);
        assertThat(d.texts("Caption").stream().map(DocxTest::squash).toList()).as("numbered captions, in order")
                .containsExactlyElementsOf(captions);
        long tableCaptions = captions.stream().filter(c -> c.startsWith("Table ")).count();
        long figureCaptions = captions.stream().filter(c -> c.startsWith("Figure ")).count();
        assertThat(d.instructions.stream().filter(i -> i.contains("SEQ Table")).count()).as("SEQ Table fields")
                .isEqualTo(tableCaptions);
        assertThat(d.instructions.stream().filter(i -> i.contains("SEQ Figure")).count()).as("SEQ Figure fields")
                .isEqualTo(figureCaptions);

        var htmlTables = main.select("table");
        assertThat(d.tables).as("every table a w:tbl").hasSize(htmlTables.size());
        for (int t = 0; t < htmlTables.size(); t++) {
            List<List<String>> cells = new ArrayList<>();
            for (Element tr : htmlTables.get(t).select("tr")) {
                cells.add(tr.select("th, td").stream().map(Element::text).toList());
            }
            assertThat(d.tables.get(t).rows()).as("cells of table %d", t + 1).isEqualTo(cells);
            assertThat(d.tables.get(t).header().get(0)).as("header row of table %d repeats", t + 1).isTrue();
        }

        var figures = main.select("figure");
        assertThat(d.pictures).as("every figure embedded").hasSize(figures.size());
        for (int f = 0; f < figures.size(); f++) {
            assertThat(d.pictures.get(f).description()).as("alt text of figure %d", f + 1)
                    .isEqualTo(figures.get(f).selectFirst("figcaption").text());
        }
        Set<String> media = new TreeSet<>();
        for (String name : d.entries.keySet()) {
            if (name.startsWith("word/media/")) media.add(Hashing.sha256(d.entry(name)));
        }
        Set<String> pngs = new TreeSet<>();
        try (var files = Files.list(folder.resolve("figures"))) {
            for (Path p : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".png"))::iterator) {
                pngs.add(Hashing.sha256(Files.readAllBytes(p)));
            }
        }
        assertThat(media).as("the embedded images are the run's PNG figures").isEqualTo(pngs);

        List<String> paragraphs = d.paragraphs.stream().map(p -> squash(p.text())).toList();
        for (Element p : main.select("main > p, main > ul > li, main > ol > li")) {
            assertThat(paragraphs).as("paragraph of the HTML").contains(p.text());
        }
        assertThat(String.join("\n", paragraphs)).as("Greek, superscripts and minus signs")
                .contains("τ²", "I²", "−");
        assertThat(String.join("\n", paragraphs)).as("the pooled estimate as report.md states it")
                .contains(pooledEstimateLine(folder));
    }

    @Test
    void namesItsFontAndPage() throws Exception {
        DocxReader d = docx(school);
        assertThat(d.entryText("word/styles.xml")).as("Word's default font").contains("w:ascii=\"Calibri\"");
        assertThat(d.entryText("word/document.xml")).as("A4 page").contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>");
    }

    @Test
    void showsHostileLabelsAsText() throws Exception {
        DocxReader d = docx(hostile);
        assertThat(d.texts("Title")).as("title as text").containsExactly("Hostile <b>title</b> & *stars*");
        assertThat(d.tables.stream().flatMap(t -> t.rows().stream()).toList()).as("the method card's title row")
                .contains(List.of("title", "Hostile <b>title</b> & *stars*"));
        assertThat(d.pictures.get(0).description()).as("forest plot's alt text").startsWith("Figure 1. Forest plot");
        assertThat(d.entryText("word/document.xml")).as("no markup from data").doesNotContain("<script", "<b>");
        assertThat(d.entryText("word/_rels/document.xml.rels")).as("no link from a label").doesNotContain("TargetMode");
    }

    // --- LibreOffice headless: what Word's users see, read by another program ---

    static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** LibreOffice's plain-text export of a .docx (its own user profile, so parallel runs don't collide). */
    static String libreOfficeText(Path docx, Path work) throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
        Files.createDirectories(work);
        Path profile = work.resolve("profile");
        Path out = work.resolve("txt");
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("LibreOffice did not finish converting " + docx);
        }
        Path txt = out.resolve("report.txt");
        assertThat(txt).as("LibreOffice's text export (log: %s)", Files.readString(work.resolve("soffice.log")))
                .exists();
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    @Test
    void libreOfficeReadsThePooledEstimateAndNumberedCaptions(@TempDir Path work) throws Exception {
        for (Path folder : List.of(bcg, school)) {
            Path here = work.resolve(folder.getFileName());
            String text = squash(libreOfficeText(folder.resolve("report.docx"), here));
            assertThat(text).as("LibreOffice text of %s: the pooled estimate line of report.md", folder.getFileName())
                    .contains(pooledEstimateLine(folder));
            List<String> captions = html(folder).select("caption, figcaption").eachText();
            for (String caption : List.of(captions.get(0), captions.get(captions.size() - 1))) {
                assertThat(text).as("LibreOffice text of %s: caption with its number", folder.getFileName())
                        .contains(caption);
            }
            assertThat(text).as("Greek and minus signs").contains("τ²", "−");
        }
    }

    // --- lazy loading: a run without docx loads nothing of the Word writer ---

    @Test
    void loadsTheWordWriterOnlyWhenDocxIsAsked(@TempDir Path work) throws Exception {
        Path log = work.resolve("classes.log");
        Path spec = BCG.toAbsolutePath();
        Subprocess.Result r = Subprocess.run(work, List.of("-Xlog:class+load=info:file=" + log), "run", "-q",
                spec.toString(), "--out", work.resolve("md").toString(), "--format", "md");
        assertThat(r.exit()).as("exit; stderr: %s", r.err()).isZero();
        String loaded = Files.readString(log);
        assertThat(loaded).as("the class-load log works").contains("org.metareport.Pipeline");
        assertThat(loaded).as("no DOCX class loaded for --format md").doesNotContain("org.metareport.render.docx.",
                "org.apache.poi.xwpf.");
    }
}

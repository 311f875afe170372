package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forest plots of nested data as a reader sees them, read back from the rendered files: the school-based example
 * (79 effects in 32 studies, multilevel) and a synthetic 200-effect case with hostile study names. HTML (jsoup):
 * study headings, no "Effect N", whole summary labels, labels as text. PDF (PDFBox): the tall plots printed in
 * page-sized parts with "continued", every forest page's text at least 7 pt, both real text and the text inside the
 * figure image (its canvas font size in PNG pixels × the image's placed points per pixel).
 */
class NestedForestRenderedTest {
    static final double MIN_PT = 7.0;
    static final String HOSTILE = "<script>alert(1)</script> & \"Smith\"";
    static final Pattern EFFECT_N = Pattern.compile("^Effect \\d+$");

    static Path example;
    static Path synthetic;
    static RunReport exampleRun;

    @BeforeAll
    static void run(@TempDir Path tmp) throws IOException {
        example = tmp.resolve("example");
        exampleRun = Metareport.run(Path.of("analyses/school-based-mh/analysis.yaml"),
                new RunOptions(example, List.of("md", "html", "pdf"), List.of()));
        synthetic = tmp.resolve("synthetic-out");
        Path spec = writeSynthetic(tmp.resolve("synthetic"));
        Metareport.run(spec, new RunOptions(synthetic, List.of("md", "html", "pdf"), List.of()));
    }

    /** 200 effects in 40 studies (the first with a hostile name), each effect labelled by its outcome column. */
    static Path writeSynthetic(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder csv = new StringBuilder("Study,Outcome,yi,vi\n");
        int row = 0;
        for (int s = 0; row < 200; s++) {
            String study = s == 0 ? HOSTILE : String.format(Locale.ROOT, "Author %02d et al. (%d)", s, 1990 + s % 30);
            for (int j = 0; j < 1 + (s * 7 + 2) % 9 && row < 200; j++, row++) {
                double yi = 0.3 + 0.5 * Math.sin(row * 0.7) + 0.2 * Math.cos(s);
                double vi = 0.02 + 0.01 * (row % 7);
                csv.append('"').append(study.replace("\"", "\"\"")).append("\",")
                        .append(s == 0 && j == 0 ? "\"<img src=x onerror=alert(1)>\"" : "Outcome " + (j + 1))
                        .append(',').append(yi).append(',').append(vi).append('\n');
            }
        }
        Files.writeString(folder.resolve("data.csv"), csv);
        Files.writeString(folder.resolve("analysis.yaml"), """
                title: Two hundred nested effects
                data:
                  effects: data.csv
                  study: Study
                  effect_label: Outcome
                effect:
                  measure: PRE
                  columns: {yi: yi, vi: vi}
                analyses:
                  - id: nested
                    model: multilevel
                    levels: [Study, ESId]
                """);
        return folder.resolve("analysis.yaml");
    }

    static List<Element> forestSvgs(Path out) throws IOException {
        Document doc = Jsoup.parse(out.resolve("report.html").toFile());
        return doc.select("figure svg").stream()
                .filter(svg -> svg.selectFirst("title") != null && svg.selectFirst("title").text().startsWith("Forest plot"))
                .toList();
    }

    @Test
    void labelsNestedRowsByStudyNeverEffectN() throws IOException {
        for (Path out : List.of(example, synthetic)) {
            List<Element> svgs = forestSvgs(out);
            assertThat(svgs).as("forest plots in %s", out.getFileName()).isNotEmpty();
            for (Element svg : svgs) {
                assertThat(svg.select("text").eachText()).as("labels of %s", svg.selectFirst("title").text())
                        .noneMatch(t -> EFFECT_N.matcher(t).matches());
                assertThat(svg.select("g.study")).as("study headings in %s", svg.selectFirst("title").text()).isNotEmpty();
            }
        }
        Element threeLevel = forestSvgs(example).stream()
                .filter(s -> s.selectFirst("title").text().equals("Forest plot of analysis Three-level model (overall effect)")).findFirst().orElseThrow();
        assertThat(threeLevel.select("g.study > text").eachText()).as("headings")
                .contains("Barrett & Turner (2001)", "Skryabina et al. (2016)");
        assertThat(threeLevel.select("g.row > text").eachText()).as("effects by their measure")
                .contains("Beck Depression Inventory II (BDI-II)");
    }

    @Test
    void neverCutsTheSummaryLabels() throws IOException {
        for (Path out : List.of(example, synthetic)) {
            for (Element svg : forestSvgs(out)) {
                List<String> labels = new ArrayList<>();
                labels.add(svg.selectFirst("g.summary > text").text());
                Element pi = svg.selectFirst("g.prediction > text");
                if (pi != null) labels.add(pi.text());
                assertThat(labels).as("summary labels of %s", svg.selectFirst("title").text())
                        .noneMatch(t -> t.contains("\u2026"))
                        .containsAnyOf("Multilevel model (REML)", "Random-effects model (REML)", "Fixed-effect model");
            }
        }
    }

    @Test
    void keepsHostileStudyNamesAsText() throws IOException {
        Document doc = Jsoup.parse(synthetic.resolve("report.html").toFile());
        assertThat(doc.select("script")).as("no script element").isEmpty();
        assertThat(doc.select("figure svg img")).as("no img element from a label").isEmpty();
        assertThat(doc.select("g.study > text").eachText()).as("hostile heading as text").contains(HOSTILE);
        assertThat(doc.select("g.row > text").eachText()).as("hostile effect label as text")
                .contains("<img src=x onerror=alert(1)>");
        assertThat(pdfText(synthetic)).as("PDF caption").contains("Forest plot of analysis");
    }

    @Test
    void printsTallForestPlotsInPartsWithContinuedCaptions() throws IOException {
        for (Path out : List.of(example, synthetic)) {
            String id = out == example ? "forest-three-level" : "forest-nested";
            assertThat(out.resolve("figures/" + id + ".part2.png")).as("second part of %s", id).exists();
            Map<Integer, List<String>> onPages = forestImagesByPage(out);
            long pages = onPages.values().stream().filter(l -> l.stream().anyMatch(n -> n.startsWith(id + ".part"))).count();
            assertThat(pages).as("pages showing parts of %s", id).isGreaterThanOrEqualTo(2);
            assertThat(pdfText(out)).as("continued caption").contains("(continued)");
        }
        assertThat(exampleRun.renderWarnings()).as("no forest plot shrunk to fit a page")
                .noneMatch(w -> w.contains("forest") && w.contains("too tall"));
        Document print = Jsoup.parse(Files.readString(example.resolve("report.html")));
        assertThat(print.select("figure svg title").eachText()).as("HTML keeps one SVG per forest plot")
                .containsOnlyOnce("Forest plot of analysis Three-level model (overall effect)");
    }

    @Test
    void keepsEveryForestPageAtLeastSevenPoints() throws IOException {
        for (Path out : List.of(example, synthetic)) {
            Map<String, double[]> pngs = forestPngs(out);              // name -> {width px, height px}
            double canvasPx = minSvgFontSize(out);                     // the smallest forest text, px at 1×
            try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
                int forestPages = 0;
                for (int p = 0; p < doc.getNumberOfPages(); p++) {
                    List<double[]> placed = placements(doc.getPage(p));   // {pixel width, pixel height, points wide}
                    boolean forest = false;
                    for (double[] image : placed) {
                        List<String> name = match(pngs, image);
                        if (name.isEmpty()) continue;
                        forest = true;
                        double pngScale = image[0] / 800.0;                 // PNG pixels per figure pixel
                        double pt = canvasPx * pngScale * image[2] / image[0];
                        assertThat(pt).as("figure text of %s on page %d of %s", name, p + 1, out.getFileName())
                                .isGreaterThanOrEqualTo(MIN_PT);
                    }
                    if (!forest) continue;
                    forestPages++;
                    for (float size : textSizes(doc, p + 1))
                        assertThat((double) size).as("PDF text on page %d of %s", p + 1, out.getFileName())
                                .isGreaterThanOrEqualTo(MIN_PT - 1e-3);
                }
                assertThat(forestPages).as("pages with forest plots in %s", out.getFileName()).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void writesTheSameBytesTwice(@TempDir Path tmp) throws IOException {
        Path again = tmp.resolve("again");
        Metareport.run(writeSynthetic(tmp.resolve("synthetic")), new RunOptions(again, List.of("md", "html", "pdf"), List.of()));
        for (String f : List.of("report.pdf", "report.html", "figures/forest-nested.part1.png",
                "figures/forest-nested.part2.png", "figures/forest-nested.svg"))
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(synthetic.resolve(f)));
    }

    static String pdfText(Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc);
        }
    }

    /** The forest PNGs of a run (whole and parts) by file name, with their pixel sizes. */
    static Map<String, double[]> forestPngs(Path out) throws IOException {
        Map<String, double[]> sizes = new HashMap<>();
        try (Stream<Path> files = Files.list(out.resolve("figures"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("forest-.*\\.png")).sorted().toList()) {
                var image = ImageIO.read(f.toFile());
                sizes.put(f.getFileName().toString(), new double[] {image.getWidth(), image.getHeight()});
            }
        }
        return sizes;
    }

    /** The forest PNGs an image drawn in the PDF may be (plots of the same rows have parts of the same size). */
    static List<String> match(Map<String, double[]> pngs, double[] image) {
        return pngs.entrySet().stream().filter(e -> e.getValue()[0] == image[0] && e.getValue()[1] == image[1])
                .map(Map.Entry::getKey).sorted().toList();
    }

    static Map<Integer, List<String>> forestImagesByPage(Path out) throws IOException {
        Map<String, double[]> pngs = forestPngs(out);
        Map<Integer, List<String>> pages = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                List<String> names = new ArrayList<>();
                for (double[] image : placements(doc.getPage(p))) names.addAll(match(pngs, image));
                pages.put(p, names);
            }
        }
        return pages;
    }

    /** The smallest font-size in the run's forest SVGs (the parts use the same text styles). */
    static double minSvgFontSize(Path out) throws IOException {
        double min = Double.POSITIVE_INFINITY;
        try (Stream<Path> files = Files.list(out.resolve("figures"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("forest-.*\\.svg")).toList()) {
                Document svg = Jsoup.parse(Files.readString(f), "", org.jsoup.parser.Parser.xmlParser());
                for (Element e : svg.select("[font-size]")) min = Math.min(min, Double.parseDouble(e.attr("font-size")));
            }
        }
        assertThat(min).as("a font size in the forest SVGs").isFinite();
        return min;
    }

    /** Each image drawn on a page: its pixel width and height and the width it is drawn at, in points. */
    static List<double[]> placements(PDPage page) throws IOException {
        List<double[]> placed = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override public void drawImage(PDImage image) {
                placed.add(new double[] {image.getWidth(), image.getHeight(),
                    getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX()});
            }
            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}
            @Override public void clip(int windingRule) {}
            @Override public void moveTo(float x, float y) {}
            @Override public void lineTo(float x, float y) {}
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() {}
            @Override public void endPath() {}
            @Override public void strokePath() {}
            @Override public void fillPath(int windingRule) {}
            @Override public void fillAndStrokePath(int windingRule) {}
            @Override public void shadingFill(COSName shadingName) {}
        }.processPage(page);
        return placed;
    }

    /** The size in points of every glyph of real text on a page: font size × the text matrix's scaling. */
    static List<Float> textSizes(PDDocument doc, int page) throws IOException {
        List<Float> sizes = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions)
                    if (!t.getUnicode().isBlank()) sizes.add(t.getFontSize() * t.getTextMatrix().getScalingFactorY());
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return sizes;
    }
}

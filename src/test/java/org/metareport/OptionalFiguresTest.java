package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.models.Prediction;
import org.metareport.models.plots.Plots;
import org.metareport.results.AnalysisResult;
import org.metareport.results.BiasResult;

/**
 * The optional figures read back from a run's outputs: on dat.bcg (bubble, Baujat, GOSH) and on the school-based
 * example (orchard overall and by construct, the selection model's weight function, Baujat by default with
 * influence diagnostics). Each figure is in the Markdown with its numbered caption, in the HTML as a figure with that
 * caption, in the PDF's text; each SVG has a title, a description and real text; two runs are byte-identical. The
 * orchard groups and the weight function's weights equal metafor's (golden/figures/figures-reference.R).
 */
class OptionalFiguresTest {
    static final Path BCG = Path.of("src/test/resources/figures/bcg/analysis.yaml");
    static final Pattern FIGURE = Pattern.compile("!\\[Figure (\\d+)\\. ([^\\]]*)\\]\\((figures/([a-z0-9-]+)\\.svg)\\)");
    static Path first, second, example;
    static RunReport exampleRun;
    static JsonNode ref;

    @BeforeAll
    static void run(@TempDir Path tmp) throws IOException {
        first = tmp.resolve("bcg-1");
        second = tmp.resolve("bcg-2");
        Metareport.run(BCG, new RunOptions(first, List.of("md", "html", "pdf"), List.of("run")));
        Metareport.run(BCG, new RunOptions(second, List.of("md", "html", "pdf"), List.of("run")));
        example = tmp.resolve("example");
        exampleRun = Metareport.run(Path.of("analyses/school-based-mh/analysis.yaml"),
                new RunOptions(example, List.of("md", "html", "pdf"), List.of("run")));
        ref = new ObjectMapper().readTree(Path.of("src/test/resources/golden/figures/figures-reference.json").toFile());
    }

    record Shown(int number, String caption, String svg, String id) {}

    static List<Shown> figures(Path run) throws IOException {
        List<Shown> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(Files.readString(run.resolve("report.md")));
        while (m.find()) out.add(new Shown(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4)));
        return out;
    }

    static void showsEverywhere(Path run, List<String> kinds) throws IOException {
        List<Shown> shown = figures(run);
        for (int i = 0; i < shown.size(); i++) assertThat(shown.get(i).number()).as("numbered in order").isEqualTo(i + 1);
        Document html = Jsoup.parse(run.resolve("report.html").toFile());
        String pdf = RenderedFormatsTest.pdfText(run.resolve("report.pdf")).replaceAll("\\s+", " ");
        for (String kind : kinds) {
            List<Shown> these = shown.stream().filter(s -> s.id().startsWith(kind + "-")).toList();
            assertThat(these).as(kind + " figures in " + run.getFileName()).isNotEmpty();
            for (Shown s : these) {
                String caption = "Figure " + s.number() + ". " + s.caption().replace("\\", "");
                boolean inHtml = html.select("figure").stream().anyMatch(f -> f.select("svg").size() == 1
                        && f.select("figcaption").text().equals(caption));
                assertThat(inHtml).as("HTML figure with caption: " + caption).isTrue();
                String start = caption.substring(0, Math.min(caption.length(), 60));
                assertThat(pdf).as("PDF text").contains(start);
                Document svg = Jsoup.parse(Files.readString(run.resolve(s.svg())), "", Parser.xmlParser());
                Element root = svg.selectFirst("svg");
                assertThat(root.selectFirst("> title").text()).as(s.svg() + " title").isNotBlank();
                assertThat(root.selectFirst("> desc").text()).as(s.svg() + " desc").isNotBlank();
                assertThat(root.select("text").size()).as(s.svg() + " real text").isGreaterThan(5);
                assertThat(run.resolve(s.svg().replace(".svg", ".png"))).as("PNG beside it").exists();
            }
        }
    }

    @Test
    void bcgShowsBubbleBaujatAndGoshPlotsInEveryFormat() throws IOException {
        showsEverywhere(first, List.of("bubble", "baujat", "gosh"));
        List<Shown> shown = figures(first);
        assertThat(shown.stream().filter(s -> s.id().startsWith("bubble-latitude-year-")).count())
                .as("one bubble plot per numeric moderator by default").isEqualTo(2);
        assertThat(shown.stream().map(Shown::caption)).anyMatch(c -> c.contains("500 randomly sampled subsets")
                && c.contains("seed 7") && c.contains("DL estimator"));
    }

    @Test
    void riskOfBiasStandsBesideEachForestPlotInItsOwnRows() throws IOException {
        List<String> ids = figures(first).stream().map(Shown::id).toList();
        assertThat(ids).as("no separate per-analysis figure any more").noneMatch(id -> id.startsWith("risk-of-bias-"));
        assertThat(ids).as("the review's plots stay").contains("rob-traffic-light", "rob-summary");
        List<String> studies = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/figures/bcg/dat.bcg.csv")).subList(1, 14))
            studies.add(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")[1].replace("\"", ""));
        Document html = Jsoup.parse(first.resolve("report.html").toFile());
        Element forest = html.select("figure svg").stream()
                .filter(s -> s.selectFirst("title").text().equals("Forest plot of analysis overall")).findFirst().orElseThrow();
        // dat.bcg's author column repeats two names: those studies head two effects, their marks on the heading row
        List<String> distinct = studies.stream().distinct().toList();
        List<Element> marks = forest.select("g.rob");
        assertThat(marks.stream().map(m -> m.parent().selectFirst("> text").text()).toList())
                .as("one set of marks per study, on its row or heading, in forest order").isEqualTo(distinct);
        assertThat(forest.select("g.study > g.rob")).as("on the headings of the repeated names").hasSize(2);
        for (Element rob : marks) {
            String study = rob.parent().selectFirst("> text").text();
            if (study.equals("Comstock & Webster")) {
                assertThat(rob.select("g.judgement")).as("not assessed").isEmpty();
                continue;
            }
            assertThat(rob.select("g.judgement > title").eachText()).as("judgements of %s", study)
                    .hasSize(6).allMatch(t -> t.matches("(D[1-5]|O): (Low risk|Some concerns|High risk)"));
        }
        assertThat(forest.select("g.rob-legend text").eachText()).as("legend")
                .contains("D1: Bias arising from the randomization process", "O: Overall risk of bias", "Low risk",
                        "Some concerns", "High risk");
        String caption = figures(first).stream().filter(f -> f.id().equals("forest-overall")).findFirst().orElseThrow()
                .caption();
        assertThat(caption).contains("risk-of-bias judgements (RoB 2) per domain and overall")
                .endsWith("1 of its 11 studies was not assessed.");
        Element off = html.select("figure svg").stream()
                .filter(s -> s.selectFirst("title").text().equals("Forest plot of analysis overall-dl")).findFirst().orElseThrow();
        assertThat(off.select("g.rob, g.rob-legend")).as("risk_of_bias: false").isEmpty();
        String pdf = RenderedFormatsTest.pdfText(first.resolve("report.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf).as("PDF caption").contains("risk-of-bias judgements (RoB 2) per domain and overall");
    }

    @Test
    void exampleShowsOrchardWeightFunctionAndBaujatPlots() throws IOException {
        showsEverywhere(example, List.of("orchard", "weights", "baujat"));
        List<String> ids = figures(example).stream().map(Shown::id).toList();
        assertThat(ids).as("default figures of the example").contains("orchard-three-level", "orchard-by-construct",
                "weights-overall", "baujat-overall").noneMatch(id -> id.startsWith("bubble-") || id.startsWith("gosh-")
                || id.equals("orchard-construct-subgroups") || id.equals("orchard-moderators"));
    }

    @Test
    void twoRunsAreByteIdentical() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(first)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files.stream().map(f -> first.relativize(f).toString()))
                .contains("figures/bubble-latitude-1.svg", "figures/baujat-overall.png", "figures/gosh-overall.svg");
        for (Path f : files) {
            Path other = second.resolve(first.relativize(f).toString());
            assertThat(Files.readAllBytes(other)).as(first.relativize(f).toString()).isEqualTo(Files.readAllBytes(f));
        }
    }

    static AnalysisResult analysis(String id) {
        return exampleRun.results().analyses().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    static void close(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs R " + expected)
                .isLessThanOrEqualTo(Math.max(1e-8, 1e-6 * Math.abs(expected)));
    }

    static void prediction(Prediction p, JsonNode r, int i, String what) {
        close(p.pred(), (i < 0 ? r.get("pred") : r.get("pred").get(i)).asDouble(), what + " pred");
        close(p.ciLower(), (i < 0 ? r.get("ci_lb") : r.get("ci_lb").get(i)).asDouble(), what + " ci.lb");
        close(p.ciUpper(), (i < 0 ? r.get("ci_ub") : r.get("ci_ub").get(i)).asDouble(), what + " ci.ub");
        close(p.piLower(), (i < 0 ? r.get("pi_lb") : r.get("pi_lb").get(i)).asDouble(), what + " pi.lb");
        close(p.piUpper(), (i < 0 ? r.get("pi_ub") : r.get("pi_ub").get(i)).asDouble(), what + " pi.ub");
    }

    @Test
    void orchardGroupsEqualMetaforsPredictions() {
        Plots.Orchard overall = analysis("three-level").plots().orchard();
        assertThat(overall.groups()).hasSize(1);
        assertThat(overall.groups().get(0).k()).isEqualTo(79);
        prediction(overall.groups().get(0).prediction(), ref.at("/orchard/overall"), -1, "three-level");
        Plots.Orchard byConstruct = analysis("by-construct").plots().orchard();
        assertThat(byConstruct.groups().stream().map(Plots.Group::label)).containsExactly("A", "D");
        for (int g = 0; g < 2; g++) {
            assertThat(byConstruct.groups().get(g).k()).isEqualTo(ref.at("/orchard/construct/k").get(g).asInt());
            prediction(byConstruct.groups().get(g).prediction(), ref.at("/orchard/construct/pred"), g,
                    "construct " + byConstruct.groups().get(g).label());
        }
    }

    @Test
    void multilevelBubbleLineEqualsPredictRmaMv(@TempDir Path tmp) {
        RunReport r = Metareport.run(Path.of("src/test/resources/figures/school-bubble/analysis.yaml"),
                new RunOptions(tmp, List.of("md"), List.of("run")));
        List<Plots.Bubble> bubbles = r.results().analyses().get(0).plots().bubbles();
        assertThat(bubbles).as("a numeric moderator of a multilevel model gets its bubble plot by default").hasSize(1);
        var line = bubbles.get(0).line();
        JsonNode ref = OptionalFiguresTest.ref.at("/bubble/multilevel_weeks");
        assertThat(line).hasSize(ref.get("x").size());
        for (int i = 0; i < line.size(); i++) {
            var p = line.get(i);
            close(p.x(), ref.get("x").get(i).asDouble(), "x " + i);
            close(p.pred(), ref.get("pred").get(i).asDouble(), "pred " + i);
            close(p.ciLower(), ref.get("ci_lb").get(i).asDouble(), "ci.lb " + i);
            close(p.ciUpper(), ref.get("ci_ub").get(i).asDouble(), "ci.ub " + i);
            close(p.piLower(), ref.get("pi_lb").get(i).asDouble(), "pi.lb " + i);
            close(p.piUpper(), ref.get("pi_ub").get(i).asDouble(), "pi.ub " + i);
        }
    }

    @Test
    void weightFunctionEqualsSelmodelsWeights() throws IOException {
        BiasResult.Selection s = analysis("overall").bias().selection();
        assertThat(s.steps()).containsExactly(0.025, 0.5, 1.0);   // metafor's steps end at 1
        JsonNode r = ref.get("weights");
        assertThat(s.weights()).hasSize(3);
        for (int j = 0; j < 3; j++) {
            close(s.weights().get(j).delta(), r.get("delta").get(j).asDouble(), "delta " + j);
            if (j > 0) close(s.weights().get(j).ciUpper(), r.get("ci_ub").get(j).asDouble(), "ci.ub " + j);
        }
        String svg = Files.readString(example.resolve("figures/weights-overall.svg"));
        assertThat(svg).as("each weight printed on its step").contains("δ = 1.00 (fixed)", "δ = 34.28", "δ = 45.87");
    }
}

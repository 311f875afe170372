package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose title, authors, study labels and moderator levels look like links, e-mail addresses, headings and
 * list items, and hold Chinese and emoji (src/test/resources/pipeline/hostile-text): report.md shown as GitHub shows
 * it forms no link, HTML or structure from them, report.html shows them as text, and report.pdf has every character
 * or a warning names it.
 */
class HostileTextTest {
    static final Path SPEC = Path.of("src/test/resources/pipeline/hostile-text/analysis.yaml");
    static final List<String> LABELS = List.of("http://evil.example/a", "王 2020 中文", "me@evil.example",
            "# Heading 2019", "- Listed 2018", "2017. Numbered", "Smith 😀 🦀 2016");

    static RunReport run;
    static Path second;

    @BeforeAll
    static void render(@TempDir Path tmp) {
        run = Metareport.run(SPEC, new RunOptions(tmp.resolve("one"), List.of("md", "html", "pdf"), List.of()));
        second = Metareport.run(SPEC, new RunOptions(tmp.resolve("two"), List.of("pdf"), List.of())).folder();
    }

    private static List<Node> nodes(Node root) {
        List<Node> out = new ArrayList<>();
        for (Node n : root.getDescendants()) out.add(n);
        return out;
    }

    @Test
    void formsNoLinkHtmlOrStructureInMarkdownAsGitHubShowsIt() throws IOException {
        MutableDataSet gfm = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
        Node doc = Parser.builder(gfm).build().parse(Files.readString(run.folder().resolve("report.md")));
        List<Node> all = nodes(doc);
        // a LinkRef that is not defined is plain text: the templates' intervals "[0.02, 0.40]" parse so
        assertThat(all).as("links of any kind").noneMatch(n -> n instanceof LinkRef ? ((LinkRef) n).isDefined()
                : n.getClass().getSimpleName().matches(".*(Link|Reference).*"));
        assertThat(all).as("HTML blocks").noneMatch(n -> n.getClass().getSimpleName().startsWith("HtmlBlock"));
        Set<String> templateHtml = Set.of("<sub>", "</sub>", "<!-- -->");
        assertThat(all).as("inline HTML only the templates' <sub> and the e-mail break")
                .filteredOn(n -> n instanceof HtmlInline || n instanceof HtmlInlineComment)
                .allMatch(n -> templateHtml.contains(n.getChars().toString()));
        assertThat(all).as("images only figures").filteredOn(n -> n instanceof Image)
                .allMatch(n -> ((Image) n).getUrl().toString().startsWith("figures/"));
        assertThat(all).as("no heading from a label").filteredOn(n -> n instanceof Heading)
                .noneMatch(n -> ((Heading) n).getText().toString().contains("Heading 2019"));
        assertThat(all).as("no list item from a label or an author").filteredOn(n -> n instanceof ListItem)
                .noneMatch(n -> n.getChildChars().toString().matches("(?s).*(Listed|Numbered|First|Second).*"));
    }

    @Test
    void showsTheDataAsTextInHtml() throws IOException {
        Document doc = Jsoup.parse(run.folder().resolve("report.html").toFile());
        assertThat(doc.select("main a[href]").eachAttr("href")).as("only the contents' own links")
                .allMatch(h -> h.startsWith("#"));
        assertThat(doc.select("h1").text()).as("title")
                .isEqualTo("See www.evil.example or http://evil.example/x, write to me@evil.example — 中文 研究 😀");
        assertThat(doc.select("main").text()).as("labels").contains(LABELS.subList(0, 6))
                .contains("1. First, - Second, [a](javascript:alert(1))", "site[www.evil.example]");
    }

    @Test
    void putsEveryCharacterInThePdfOrNamesIt() throws IOException {
        String text = RenderedFormatsTest.pdfText(run.folder().resolve("report.pdf"));
        String warned = String.join("\n", run.renderWarnings());
        for (int cp : "王中文研究😀🦀".codePoints().toArray()) {
            String c = Character.toString(cp);
            assertThat(text.contains(c) || warned.contains(c + " (U+")).as("%s drawn or named; warnings: %s", c, warned)
                    .isTrue();
        }
        assertThat(text).as("the rest of the label").contains("2020", "Smith");
    }

    @Test
    void writesTheSamePdfTwice() throws IOException {
        assertThat(Files.readAllBytes(second.resolve("report.pdf"))).as("byte-identical PDF")
                .isEqualTo(Files.readAllBytes(run.folder().resolve("report.pdf")));
    }
}

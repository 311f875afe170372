package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data escaped by {@link MarkdownOutputFormat#escape} forms no Markdown structure wherever a template puts it: the
 * Markdown is parsed as GitHub shows it (GFM tables and autolinks: {@code www.}, {@code http://}, e-mail addresses,
 * by flexmark's autolink extension), and its tree must have exactly the nodes it has with a bland word in the
 * data's place, and show the data as its text.
 */
class MarkdownStructureTest {
    static final List<String> HOSTILE = List.of(
            "http://evil.example/x", "see https://evil.example/a?b=c#d now", "www.evil.example", "WWW.Evil.Example/x",
            "(www.evil.example)", "ftp://evil.example", "john.doe+tag@evil.example", "mailto:a@b.co", "x@y.z.",
            "<script>alert(1)</script>", "<!-- c -->", "<http://evil.example>", "&amp; &#64; &#x3c;",
            "# heading", "## Smith", "- item", "+ item", "* item", "1. first", "2019) x", "2019. Smith", "---",
            "===", "***", "___", "- - -", "> quote", "    indented code", "\tcode", "| a | b |", "a | b",
            "`code`", "``", "**bold** _it_ ~~del~~ ~one~", "[l](http://x) ![i](y.png)", "[ref]: http://x",
            "\\", "trailing  \n", "two  spaces\nbreak", "[^1]", "[ ] task", "Smith *2020* [a](b)",
            "O'Brien | Müller (τ²)", "a_b_c", "http://x.org/a_b_c", "-0.35", "—", "\\*");

    /** Where templates put data: a paragraph's start and middle, a list item, a heading, a table cell, a line alone. */
    static final List<String> CONTEXTS = List.of("DATA\n", "Text DATA end.\n", "- DATA\n", "### DATA\n",
            "| a | b |\n|---|---|\n| DATA | 1 |\n", "Para line\nDATA\n", "Note: DATA\n\nNext.\n", "1. x\n2. DATA\n");

    static Stream<String[]> cases() {
        List<String[]> cases = new ArrayList<>();
        for (String context : CONTEXTS) for (String data : HOSTILE) cases.add(new String[] {context, data});
        assertThat(cases).hasSizeGreaterThan(300);
        return cases.stream();
    }

    private static final MutableDataSet GFM = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create()));
    private static final Parser PARSER = Parser.builder(GFM).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(GFM).build();

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("cases")
    void formsNoStructure(String context, String data) {
        String hostile = context.replace("DATA", MarkdownOutputFormat.escape(data));
        String bland = context.replace("DATA", "plain");
        assertThat(structure(PARSER.parse(hostile))).as("Markdown tree of %s", hostile.replace("\n", "\\n"))
                .isEqualTo(structure(PARSER.parse(bland)));
        String shown = Jsoup.parse(HTML.render(PARSER.parse(hostile))).text();
        String expected = data.replaceAll("\\s+", " ").strip();
        assertThat(shown).as("the data shows as text").contains(expected);
    }

    /** The node types in document order, without text (of which the escapes make several pieces). */
    private static List<String> structure(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        boolean text = node instanceof Text || node instanceof TextBase || node instanceof HtmlEntity;
        boolean ourBreak = (node instanceof HtmlInlineComment || node instanceof HtmlInline)
                && node.getChars().toString().equals(MarkdownOutputFormat.BREAK);
        if (!text && !ourBreak) out.add(node.getClass().getSimpleName());
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) walk(child, out);
    }
}

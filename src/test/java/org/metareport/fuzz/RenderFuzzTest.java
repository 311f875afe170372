package org.metareport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.metareport.Metareport;
import org.metareport.RunOptions;

/**
 * Study labels and moderator levels are data: random hostile text (markup, {@code </style>}, {@code javascript:},
 * URLs, backticks, pipes, control characters, right-to-left and CJK text) run through the whole pipeline to
 * Markdown and HTML adds no structure. The report.md of a hostile run, parsed by flexmark, has exactly the links,
 * images and HTML nodes of the same report with plain labels; its report.html, parsed by jsoup, has the same
 * script, style and link elements, the same {@code href}/{@code src} values and no {@code on*} attribute.
 */
class RenderFuzzTest {
    static final List<String> PIECES = Corpus.seeds("labels").stream()
            .flatMap(s -> new String(s.bytes(), StandardCharsets.UTF_8).lines()).toList();
    static final String CONTROL = "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\u2028\u2029\u202E\u200F";
    private static final Parser MARKDOWN;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        MARKDOWN = Parser.builder(options).build();
    }

    /** The structure a report may have whatever its labels: counts of markup nodes, link targets, active content. */
    record Shape(Map<String, Integer> markdown, Map<String, Integer> html, List<String> links) {}

    /** Runs a spec like the hostile pipeline's with these four study labels and two moderator levels. */
    static Shape render(Path dir, List<String> labels, List<String> levels) {
        try {
            Files.createDirectories(dir);
            StringBuilder csv = new StringBuilder("study,group,n1,m1,sd1,n2,m2,sd2\n");
            String[] numbers = {"20,5.1,2.0,22,4.2,2.1", "35,6.0,2.5,30,5.5,2.4", "50,4.8,1.9,48,4.9,2.0", "18,7.2,3.1,20,5.9,3.0"};
            for (int i = 0; i < 4; i++)
                csv.append(csvCell(labels.get(i))).append(',').append(csvCell(levels.get(i % 2))).append(',').append(numbers[i]).append('\n');
            Files.writeString(dir.resolve("data.csv"), csv);
            Files.writeString(dir.resolve("analysis.yaml"), """
                    title: Fuzzed labels
                    data: {effects: data.csv, study: study}
                    effect:
                      measure: SMD
                      columns: {m1i: m1, sd1i: sd1, n1i: n1, m2i: m2, sd2i: sd2, n2i: n2}
                    analyses:
                      - id: overall
                      - {id: by-group, moderators: [group]}
                    report: {formats: [md, html]}
                    """);
            Path out = dir.resolve("out");
            Metareport.run(dir.resolve("analysis.yaml"), new RunOptions(out, List.of("md", "html"), List.of()));
            return shape(Files.readString(out.resolve("report.md")), Jsoup.parse(out.resolve("report.html").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Shape shape(String md, Document html) {
        Map<String, Integer> nodes = new TreeMap<>();
        for (Node n : MARKDOWN.parse(md).getDescendants()) {
            String type = n.getClass().getSimpleName();
            if (type.contains("Link") || type.contains("Image") || type.contains("Html") && !type.equals("HtmlEntity")
                    || type.contains("Code") || type.equals("Heading") || type.contains("Emphasis"))
                nodes.merge(type, 1, Integer::sum);
        }
        Map<String, Integer> elements = new TreeMap<>();
        List<String> links = new ArrayList<>();
        for (Element e : html.getAllElements()) {
            String tag = e.normalName();
            if (List.of("script", "style", "a", "img", "iframe", "object", "embed", "link", "meta", "base", "form",
                    "input", "b", "strong", "em", "i", "code", "h1", "h2", "h3", "h4").contains(tag))
                elements.merge(tag, 1, Integer::sum);
            for (var a : e.attributes()) {
                if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) links.add(tag + "[" + a.getKey() + "]");
                if (List.of("href", "src", "xlink:href", "action").contains(a.getKey())) links.add(tag + "[" + a.getKey() + "]=" + a.getValue());
            }
        }
        return new Shape(nodes, elements, links);
    }

    private static String csvCell(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String label(Random random, int i) {
        StringBuilder b = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            b.append(PIECES.get(random.nextInt(PIECES.size())));
            if (random.nextInt(3) == 0) b.append(CONTROL.charAt(random.nextInt(CONTROL.length())));
        }
        return b.append(" #").append(i).toString(); // labels stay distinct
    }

    @Test
    void hostileLabelsAndLevelsAddNoMarkupToMarkdownOrHtml(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Shape plain = render(tmp.resolve("plain"), List.of("Study A", "Study B", "Study C", "Study D"), List.of("one", "two"));
        Random random = Budget.random("render");
        for (int i = 0; i < Budget.tries(2); i++) {
            List<String> labels = List.of(label(random, 1), label(random, 2), label(random, 3), label(random, 4));
            List<String> levels = List.of(label(random, 5), label(random, 6));
            Shape hostile = render(tmp.resolve("try" + i), labels, levels);
            assertThat(hostile).as("report structure with labels %s and levels %s", labels, levels).isEqualTo(plain);
        }
    }

    @Test
    void everyHostilePieceAsALabelAddsNoLinkOrScript(@org.junit.jupiter.api.io.TempDir Path tmp) {
        Shape plain = render(tmp.resolve("plain"), List.of("Study A", "Study B", "Study C", "Study D"), List.of("one", "two"));
        for (int i = 0; i + 4 <= PIECES.size(); i += 4) {
            List<String> labels = PIECES.subList(i, i + 4);
            Shape hostile = render(tmp.resolve("pieces" + i), labels, List.of("one", "two"));
            assertThat(hostile.links()).as("href/src/on* with labels %s", labels).isEqualTo(plain.links());
            assertThat(hostile.html().getOrDefault("script", 0)).as("scripts with labels %s", labels).isEqualTo(plain.html().getOrDefault("script", 0));
        }
    }
}

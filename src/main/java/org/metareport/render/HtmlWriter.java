package org.metareport.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the manuscript's Markdown as one self-contained HTML page: flexmark-java turns the Markdown into HTML,
 * then the page gets its structure — inline CSS, a table of contents, figures as {@code <figure>} with inline SVG
 * (browser) or PNG files (for the PDF writer), tables with {@code <caption>} and {@code <th scope>}.
 * No network requests: nothing is linked from outside the page.
 */
public final class HtmlWriter {
    /** Where figures go: inline in the page (browser), or as PNG files beside it (input of the PDF writer). */
    public enum Mode { BROWSER, PRINT }

    private static final String TABLE_PREFIX = "Table: ";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public HtmlWriter() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * The HTML page.
     *
     * @param markdown the manuscript
     * @param title    the page title (plain text)
     * @param css      the stylesheet to inline
     * @param figures  figure files by the relative path the Markdown uses ({@code figures/forest-overall.svg}); for
     *                 each SVG the PNG twin ({@code .png}) is expected beside it in {@link Mode#PRINT}
     */
    public String write(String markdown, String title, String css, Map<String, byte[]> figures, Mode mode) {
        String body = renderer.render(parser.parse(markdown));
        Document doc = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head></head><body><main></main></body></html>");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base).syntax(Document.OutputSettings.Syntax.html);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "metareport");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode("\n" + css + "\n"));
        Element main = doc.selectFirst("main");
        main.html(body);
        keepNumbersWhole(main);
        captionTables(main);
        figures(main, figures, mode);
        tableOfContents(main);
        return "<!DOCTYPE html>\n" + doc.html().replaceFirst("^<!DOCTYPE html>", "").strip() + "\n";
    }

    private static final java.util.regex.Pattern LEADING_DOT = java.util.regex.Pattern.compile("([=<>] )?\\.\\d+");

    /**
     * Keeps APA values that start with a point ({@code = .021}, {@code < .001}) on one line: some line breakers
     * (Flying Saucer's among them) would otherwise break between the point and the digits.
     */
    static void keepNumbersWhole(Element main) {
        for (org.jsoup.nodes.TextNode text : main.select("p, td, li, figcaption, caption").textNodes()) {
            String t = text.getWholeText();
            var m = LEADING_DOT.matcher(t);
            if (!m.find()) continue;
            StringBuilder html = new StringBuilder();
            int last = 0;
            m.reset();
            while (m.find()) {
                html.append(org.jsoup.nodes.Entities.escape(t.substring(last, m.start())));
                html.append("<span class=\"nowrap\">").append(org.jsoup.nodes.Entities.escape(m.group()))
                        .append("</span>");
                last = m.end();
            }
            html.append(org.jsoup.nodes.Entities.escape(t.substring(last)));
            text.before(html.toString());
            text.remove();
        }
    }

    /** A paragraph "Table: caption" just before a table becomes its caption; header cells get scope="col". */
    static void captionTables(Element main) {
        for (Element table : main.select("table")) {
            Element prev = table.previousElementSibling();
            if (prev != null && prev.tagName().equals("p") && prev.text().startsWith(TABLE_PREFIX)) {
                Element caption = new Element("caption");
                caption.html(prev.html().substring(prev.html().indexOf(TABLE_PREFIX) + TABLE_PREFIX.length()));
                table.prependChild(caption);
                prev.remove();
            }
            for (Element th : table.select("thead th")) th.attr("scope", "col");
            Element wrapper = new Element("div").addClass("table-wrap");
            table.before(wrapper);
            wrapper.appendChild(table);
        }
    }

    /** A paragraph holding only an image becomes a figure with the image's alt text as its caption. */
    static void figures(Element main, Map<String, byte[]> figures, Mode mode) {
        for (Element img : main.select("p > img")) {
            Element p = img.parent();
            if (p.childrenSize() != 1 || !p.ownText().isBlank()) continue;
            String src = img.attr("src");
            String alt = img.attr("alt");
            Element figure = new Element("figure");
            if (mode == Mode.BROWSER && src.endsWith(".svg") && figures.containsKey(src)) {
                String svg = new String(figures.get(src), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>\\s*", "");
                figure.append(svg);
            } else if (mode == Mode.BROWSER && figures.containsKey(src)) {
                String mime = src.endsWith(".png") ? "image/png" : "application/octet-stream";
                figure.appendElement("img").attr("src", "data:" + mime + ";base64,"
                        + Base64.getEncoder().encodeToString(figures.get(src))).attr("alt", alt);
            } else {
                String png = src.endsWith(".svg") ? src.substring(0, src.length() - 4) + ".png" : src;
                figure.appendElement("img").attr("src", png).attr("alt", alt);
            }
            figure.appendElement("figcaption").text(alt);
            p.replaceWith(figure);
        }
    }

    /** A navigation list of the h2/h3 headings, placed before the first h2. */
    static void tableOfContents(Element main) {
        var headings = main.select("h2[id], h3[id]");
        Element first = main.selectFirst("h2");
        if (headings.size() < 2 || first == null) return;
        Element nav = new Element("nav").addClass("toc").attr("aria-label", "Contents");
        nav.appendElement("h2").addClass("toc-title").text("Contents");
        Element list = nav.appendElement("ol");
        Element current = null;
        for (Element h : headings) {
            Element item = new Element("li");
            item.appendElement("a").attr("href", "#" + h.id()).text(h.text());
            if (h.tagName().equals("h2") || current == null) {
                list.appendChild(item);
                current = item;
            } else {
                Element sub = current.selectFirst("ol");
                if (sub == null) sub = current.appendElement("ol");
                sub.appendChild(item);
            }
        }
        first.before(nav);
    }
}

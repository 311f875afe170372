package org.metareport.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Writes the manuscript's Markdown as one self-contained HTML page: flexmark-java turns the Markdown into HTML,
 * then the page gets its structure — inline CSS, a table of contents, figures as {@code <figure>} with inline SVG
 * (browser) or PNG files (for the PDF writer), tables with {@code <caption>} and {@code <th scope>}.
 * No network requests: nothing is linked from outside the page.
 *
 * <p>Nothing in the page runs: the HTML from the Markdown (which a user template writes) keeps only the elements
 * and attributes of a document ({@link #DOCUMENT}: no {@code <script>}, {@code <iframe>}, {@code <style>},
 * {@code on...} handlers), links keep only {@code http}, {@code https}, {@code mailto} or relative addresses and
 * images only relative ones; the stylesheet cannot close its {@code <style>} element ({@link #inlineCss}); and a
 * Content-Security-Policy forbids scripts and every load from outside the page.
 */
public final class HtmlWriter {
    /** Where figures go: inline in the page (browser), or as PNG files beside it (input of the PDF writer). */
    public enum Mode { BROWSER, PRINT }

    private static final String TABLE_PREFIX = "Table: ";

    /** What the Markdown's HTML may contain: a document's elements and attributes, nothing active. */
    static final Safelist DOCUMENT = new Safelist()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "kbd", "samp",
                    "em", "strong", "i", "b", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "q", "cite",
                    "abbr", "dfn", "span", "div", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure", "figcaption",
                    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("a", "href").addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("ol", "start", "type").addAttributes("th", "align", "colspan", "rowspan", "scope")
            .addAttributes("td", "align", "colspan", "rowspan").addAttributes("col", "span")
            .addAttributes("colgroup", "span").addAttributes("abbr", "title");

    /**
     * The page's Content-Security-Policy: inline styles and {@code data:} images only (the figures), no script, no
     * load from anywhere else; a second line of defence behind the cleaning above.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private static final Pattern TAG_OPEN = Pattern.compile("<(?![\\s=0-9.])");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

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
        return write(markdown, title, css, figures, mode, Map.of());
    }

    /**
     * The HTML page, with figures too tall for a printed page shown in parts.
     *
     * @param printParts in {@link Mode#PRINT}: for a figure's path ({@code figures/forest-overall.svg}), the PNG files
     *                   of its page-sized parts, in order; the first part gets the figure's caption, each later one
     *                   "Figure n (continued)." Ignored in {@link Mode#BROWSER}, where the whole SVG is shown.
     */
    public String write(String markdown, String title, String css, Map<String, byte[]> figures, Mode mode,
                        Map<String, List<String>> printParts) {
        return write(body(markdown), title, css, figures, mode, printParts);
    }

    /**
     * The manuscript's content as the page shows it whatever the mode: the Markdown rendered, cleaned of anything
     * active, its addresses made inert, its numbers kept whole and its tables captioned. Made once, it serves both the
     * browser page and the print page ({@link #write(Body, String, String, Map, Mode, Map)}), which then differ only in
     * how the figures are placed.
     */
    public Body body(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        Document clean = new Cleaner(DOCUMENT).clean(Jsoup.parseBodyFragment(html));
        Element content = clean.body();
        keepAddressesInert(content);
        keepNumbersWhole(content);
        captionTables(content);
        return new Body(content);
    }

    /**
     * The cleaned content of a manuscript ({@link #body}); each page is made from a copy, so one body may serve
     * several pages, one after another or from several threads.
     */
    public static final class Body {
        private final Element content;

        private Body(Element content) {
            this.content = content;
        }

        /** A copy of the content's nodes (copies are made one at a time: reading a Jsoup tree fills caches). */
        private synchronized List<Node> copy() {
            List<Node> nodes = new ArrayList<>();
            for (Node n : content.childNodes()) nodes.add(n.clone());
            return nodes;
        }
    }

    /** The HTML page of a manuscript's {@link #body}; the same as {@link #write(String, String, String, Map, Mode, Map)}. */
    public String write(Body body, String title, String css, Map<String, byte[]> figures, Mode mode,
                        Map<String, List<String>> printParts) {
        Document doc = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head></head><body><main></main></body></html>");
        settings(doc);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CONTENT_SECURITY_POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "metareport");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode("\n" + inlineCss(css) + "\n"));
        Element main = doc.selectFirst("main");
        for (Node n : body.copy()) main.appendChild(n);
        List<String> inline = new ArrayList<>();
        figures(main, figures, mode, printParts, inline);
        tableOfContents(main);
        return InlineSvg.splice("<!DOCTYPE html>\n" + doc.html().replaceFirst("^<!DOCTYPE html>", "").strip() + "\n", inline);
    }

    /** How the page is serialised (also each inline SVG, so that it reads the same as inside the page). */
    static Document settings(Document doc) {
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base).syntax(Document.OutputSettings.Syntax.html);
        return doc;
    }

    /**
     * The stylesheet as it can stand inside {@code <style>}: a {@code <} that could start a tag or comment (followed by
     * anything but a space, {@code =}, a digit or a point) becomes the CSS escape {@code \3c }, so no {@code </style>},
     * {@code <!--} or {@code <script} can end the element, whatever the case or spacing. Such a {@code <} is valid CSS
     * only inside a string or a comment, where {@code \3c } means the same character; the comparisons of media
     * queries ({@code (width < 40em)}, {@code (width<=40em)}) stay as written.
     */
    static String inlineCss(String css) {
        return TAG_OPEN.matcher(css).replaceAll(Matcher.quoteReplacement("\\3c "));
    }

    /**
     * Removes addresses that would run or fetch something: a link keeps only an {@code http}, {@code https},
     * {@code mailto} or relative address (never {@code javascript:}, {@code data:}, {@code vbscript:}); an image only
     * a relative one (the figures; the page loads nothing from elsewhere). Tabs, line breaks and leading control
     * characters, which browsers ignore in a scheme, are ignored here too.
     */
    static void keepAddressesInert(Element main) {
        for (Element a : main.select("a[href]")) {
            String scheme = scheme(a.attr("href"));
            if (scheme != null && !LINK_SCHEMES.contains(scheme)) a.removeAttr("href");
        }
        for (Element img : main.select("img[src]")) {
            String src = img.attr("src");
            if (scheme(src) != null || src.replaceAll("[\\t\\n\\r]", "").strip().startsWith("//")) img.removeAttr("src");
        }
    }

    /** @return the address's scheme in lower case, or null for a relative address */
    private static String scheme(String url) {
        String u = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        Matcher m = SCHEME.matcher(u);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
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

    /** The comment that holds an inline SVG's place until the page is serialised ({@link InlineSvg}). */
    static final String SVG_SLOT = "metareport-inline-svg-";

    /** A paragraph holding only an image becomes a figure with the image's alt text as its caption. */
    /**
     * In the browser page an SVG figure is inline: its place holds a comment until the page is serialised, and its
     * serialised form is added to {@code inline}. In print, a figure with parts becomes one figure element per part.
     */
    static void figures(Element main, Map<String, byte[]> figures, Mode mode, Map<String, List<String>> printParts,
                        List<String> inline) {
        for (Element img : main.select("p > img")) {
            Element p = img.parent();
            if (p.childrenSize() != 1 || !p.ownText().isBlank()) continue;
            String src = img.attr("src");
            String alt = img.attr("alt");
            List<String> parts = printParts.getOrDefault(src, List.of());
            if (mode == Mode.PRINT && parts.size() > 1) {
                printedInParts(p, parts, alt);
                continue;
            }
            Element figure = new Element("figure");
            if (mode == Mode.BROWSER && src.endsWith(".svg") && figures.containsKey(src)) {
                figure.appendChild(new Comment(SVG_SLOT + inline.size()));
                inline.add(InlineSvg.html(figures.get(src)));
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

    /** "Figure 3." at the start of a caption. */
    private static final Pattern FIGURE_NUMBER = Pattern.compile("^(Figure \\d+)\\.\\s");

    /**
     * A figure as page-sized parts, one {@code <figure>} each: the first with the caption, the others with "Figure n
     * (continued)." and the caption's first clause, so each printed page says what it continues.
     */
    private static void printedInParts(Element p, List<String> parts, String caption) {
        Matcher m = FIGURE_NUMBER.matcher(caption);
        String what = m.find() ? caption.substring(m.end()) : caption;
        int colon = what.indexOf(':');
        String continued = (m.find(0) ? m.group(1) + " (continued). " : "(continued) ")
                + (colon > 0 ? what.substring(0, colon) + "." : what);
        for (int i = 0; i < parts.size(); i++) {
            String text = i == 0 ? caption : continued;
            Element figure = new Element("figure").addClass(i == 0 ? "part" : "part continued");
            figure.appendElement("img").attr("src", parts.get(i)).attr("alt", text);
            figure.appendElement("figcaption").text(text);
            p.before(figure);
        }
        p.remove();
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

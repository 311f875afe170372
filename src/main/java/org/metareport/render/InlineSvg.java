package org.metareport.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The browser page's inline SVG figures, serialised as they read inside the page (parsed by jsoup in a figure element,
 * written with the page's settings) and remembered, so that a figure that did not change since the last page (in
 * {@code watch}, or the same figure in several pages of {@code run FOLDER}) is not parsed and written again: the page
 * holds a comment in its place until it is serialised, then the comment is replaced by the figure's text. The page's
 * bytes are the same as with the figure parsed into it.
 */
final class InlineSvg {
    /** Remembered figures: at most this many characters in all (the least recently used go first). */
    private static final long CAPACITY = 32L << 20;
    private static final Map<String, String> SERIALISED = new LinkedHashMap<>(16, 0.75f, true);
    private static long size;
    private static final Pattern SLOT = Pattern.compile("<!--" + HtmlWriter.SVG_SLOT + "(\\d+)-->");

    private InlineSvg() {}

    /** The figure's SVG file as it reads inside the page (without its XML declaration). */
    static String html(byte[] file) {
        String svg = new String(file, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*>\\s*", "");
        synchronized (InlineSvg.class) {
            String known = SERIALISED.get(svg);
            if (known != null) return known;
        }
        Element figure = HtmlWriter.settings(Jsoup.parse("")).body().appendElement("figure");
        figure.append(svg);
        String html = figure.html();
        synchronized (InlineSvg.class) {
            if (SERIALISED.put(svg, html) == null) size += svg.length() + html.length();
            var eldest = SERIALISED.entrySet().iterator();
            while (size > CAPACITY && eldest.hasNext()) {
                var e = eldest.next();
                size -= e.getKey().length() + e.getValue().length();
                eldest.remove();
            }
        }
        return html;
    }

    /** The serialised page with each placeholder comment replaced by its figure. */
    static String splice(String page, List<String> inline) {
        if (inline.isEmpty()) return page;
        Matcher m = SLOT.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + inline.stream().mapToInt(String::length).sum());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(inline.get(Integer.parseInt(m.group(1)))));
        m.appendTail(out);
        return out.toString();
    }
}

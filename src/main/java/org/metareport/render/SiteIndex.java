package org.metareport.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * The index page of a folder of rendered analyses (what a batch run or GitHub Pages publishes): one entry per
 * analysis with its title and links to its report in each format. Self-contained, no network; titles escaped,
 * and every link a relative, percent-encoded path ({@code ./<folder>/report.html}), so a folder named like a URL
 * ({@code javascript:alert(1)}) is a folder, not a link target that runs.
 */
public final class SiteIndex {
    private SiteIndex() {}

    /**
     * One rendered analysis.
     *
     * @param folder   its folder name under the site (the link prefix)
     * @param files    the report files it has, e.g. report.html, report.pdf, report.md, results.json
     */
    public record Entry(String folder, String title, int analyses, int effects, List<String> files) {}

    public static String html(String heading, List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
                .append("<title>").append(Entities.escape(heading)).append("</title><style>")
                .append("body{margin:0;font:17px/1.5 'DejaVu Sans',Arial,sans-serif;color:#1a1a1a}")
                .append("main{max-width:48rem;margin:0 auto;padding:1.5rem 1.25rem}")
                .append("li{margin:0.8rem 0}a{color:#1f4e79}.meta{color:#5a5a5a;font-size:0.9rem}")
                .append("</style></head><body><main>\n<h1>").append(Entities.escape(heading)).append("</h1>\n<ul>\n");
        for (Entry e : entries) {
            String base = "./" + pathSegment(e.folder());
            String main = e.files().contains("report.html") ? "report.html" : e.files().get(0);
            sb.append("<li><a href=\"").append(base).append('/').append(pathSegment(main)).append("\">")
                    .append(Entities.escape(e.title())).append("</a><br /><span class=\"meta\">")
                    .append(e.analyses()).append(e.analyses() == 1 ? " analysis" : " analyses").append(", ")
                    .append(e.effects()).append(" effect sizes · ");
            for (int i = 0; i < e.files().size(); i++) {
                String f = e.files().get(i);
                if (i > 0) sb.append(" · ");
                sb.append("<a href=\"").append(base).append('/').append(pathSegment(f)).append("\">")
                        .append(Entities.escape(f)).append("</a>");
            }
            sb.append("</span></li>\n");
        }
        sb.append("</ul>\n<p class=\"meta\">Rendered by metareport.</p>\n</main></body></html>\n");
        return sb.toString();
    }

    /**
     * One path segment of a relative URL: UTF-8, every byte outside RFC 3986's unreserved set ({@code A-Z a-z 0-9
     * - . _ ~}) percent-encoded, so {@code :}, {@code /}, {@code ?}, {@code #}, quotes and spaces can neither make a
     * scheme nor leave the attribute; a segment of dots becomes {@code %2E}s (never "go up").
     */
    static String pathSegment(String name) {
        StringBuilder sb = new StringBuilder();
        boolean dots = !name.isEmpty() && name.chars().allMatch(c -> c == '.');
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '~' || c == '.' && !dots;
            if (unreserved) sb.append((char) c);
            else sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}

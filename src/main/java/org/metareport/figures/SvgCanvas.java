package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Drawing} as SVG 1.1 text, by hand: real {@code <text>} elements (searchable, selectable),
 * XML-escaped content, coordinates with at most two decimals in {@link Locale#ROOT}, no ids or styles of its own
 * (so several figures can be inlined in one HTML page), {@code role="img"} with {@code <title>} and
 * {@code <desc>}. The same drawing always gives the same string.
 */
final class SvgCanvas implements Canvas {
    private final StringBuilder out = new StringBuilder(16_384);
    private int depth = 1;

    private SvgCanvas() {}

    /** @return the complete {@code <svg>} element, without an XML declaration, ending in a newline */
    static String render(Drawing drawing) {
        SvgCanvas svg = new SvgCanvas();
        StringBuilder o = svg.out;
        o.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(drawing.width())
         .append("\" height=\"").append(drawing.height())
         .append("\" viewBox=\"0 0 ").append(drawing.width()).append(' ').append(drawing.height())
         .append("\" role=\"img\" font-family=\"").append(TextMeasure.SVG_FAMILY).append("\">\n");
        o.append("  <title>").append(escape(drawing.title())).append("</title>\n");
        o.append("  <desc>").append(escape(drawing.description())).append("</desc>\n");
        drawing.replay(svg);
        o.append("</svg>\n");
        return o.toString();
    }

    @Override public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        indent().append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        stroke(stroke);
        out.append("/>\n");
    }

    @Override public void rect(double x, double y, double width, double height, Rgb fill, Stroke stroke) {
        indent().append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append('"');
        paint(fill, stroke);
        out.append("/>\n");
    }

    @Override public void circle(double cx, double cy, double r, Rgb fill, Stroke stroke) {
        indent().append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                .append("\" r=\"").append(num(r)).append('"');
        paint(fill, stroke);
        out.append("/>\n");
    }

    @Override public void polygon(List<Double> xy, Rgb fill, Stroke stroke) {
        indent().append("<polygon points=\"");
        for (int i = 0; i < xy.size(); i += 2) {
            if (i > 0) out.append(' ');
            out.append(num(xy.get(i))).append(',').append(num(xy.get(i + 1)));
        }
        out.append('"');
        paint(fill, stroke);
        out.append("/>\n");
    }

    @Override public void text(double y, List<Span> spans, TextStyle style, Anchor anchor) {
        indent().append("<text");
        if (spans.size() == 1) out.append(" x=\"").append(num(spans.get(0).x())).append('"');
        out.append(" y=\"").append(num(y)).append("\" font-size=\"").append(num(style.size())).append('"');
        if (style.bold()) out.append(" font-weight=\"bold\"");
        if (style.italic()) out.append(" font-style=\"italic\"");
        List<String> fallbacks = new ArrayList<>();
        for (Span s : spans)
            for (String f : TextMeasure.fallbackFamilies(s.text(), style)) if (!fallbacks.contains(f)) fallbacks.add(f);
        if (!fallbacks.isEmpty()) {                           // the installed fonts the PNG used for what DejaVu lacks
            StringBuilder family = new StringBuilder("DejaVu Sans");
            for (String f : fallbacks) family.append(", '").append(f.replace("'", "")).append('\'');
            out.append(" font-family=\"").append(escape(family + TextMeasure.SVG_FAMILY.substring("DejaVu Sans".length())))
                .append('"');
        }
        if (anchor != Anchor.START) out.append(" text-anchor=\"").append(anchor.svg()).append('"');
        if (!style.color().equals(Rgb.BLACK)) out.append(" fill=\"").append(style.color().hex()).append('"');
        out.append('>');
        if (spans.size() == 1) {
            out.append(escape(spans.get(0).text()));
        } else {
            for (Span s : spans)
                out.append("<tspan x=\"").append(num(s.x())).append("\">").append(escape(s.text())).append("</tspan>");
        }
        out.append("</text>\n");
    }

    @Override public void beginGroup(String id, String cssClass, String title) {
        indent().append("<g");
        if (id != null) out.append(" id=\"").append(escape(id)).append('"');
        if (cssClass != null) out.append(" class=\"").append(escape(cssClass)).append('"');
        out.append(">\n");
        depth++;
        if (title != null) indent().append("<title>").append(escape(title)).append("</title>\n");
    }

    @Override public void endGroup() {
        depth--;
        indent().append("</g>\n");
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) out.append("  ");
        return out;
    }

    private void paint(Rgb fill, Stroke stroke) {
        out.append(" fill=\"").append(fill == null ? "none" : fill.hex()).append('"');
        if (stroke != null) stroke(stroke);
    }

    private void stroke(Stroke s) {
        out.append(" stroke=\"").append(s.color().hex()).append("\" stroke-width=\"").append(num(s.width())).append('"');
        if (s.isDashed()) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dash().size(); i++) out.append(i > 0 ? "," : "").append(num(s.dash().get(i)));
            out.append('"');
        }
    }

    /** @return {@code v} with at most two decimals, no exponent, no "-0" */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) return "0";
        String sign = hundredths < 0 ? "-" : "";
        long a = Math.abs(hundredths);
        long whole = a / 100, frac = a % 100;
        if (frac == 0) return sign + whole;
        if (frac % 10 == 0) return sign + whole + "." + (frac / 10);
        return sign + whole + "." + (frac < 10 ? "0" : "") + frac;
    }

    /**
     * @return {@code text} safe as XML character data and attribute values: {@code & < > " '} as entities,
     *         characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/F) as U+FFFD
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (allowedInXml(cp)) b.appendCodePoint(cp);
                    else b.append('\uFFFD');
                }
            }
        }
        return b.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
            || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}

package org.metareport.render.docx;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes Markdown's inline content (text, emphasis, code, links, line breaks, the {@code <sub>}/{@code <sup>} the
 * templates use) as runs of a Word paragraph. Text is the Markdown's with its escapes undone, so data shows as the
 * characters it holds; other inline HTML is dropped (its tags are not text), and a link becomes a hyperlink only to
 * an {@code http}, {@code https} or {@code mailto} address (as in the HTML).
 */
final class WordInlines {
    /** Where a run sits on the line. */
    enum VerticalAlign { BASELINE, SUBSCRIPT, SUPERSCRIPT }

    /** How a run looks. */
    record Look(boolean bold, boolean italic, boolean code, VerticalAlign align) {
        static final Look PLAIN = new Look(false, false, false, VerticalAlign.BASELINE);

        Look withBold(boolean on) {
            return new Look(on, italic, code, align);
        }

        Look withItalic(boolean on) {
            return new Look(bold, on, code, align);
        }

        Look withCode(boolean on) {
            return new Look(bold, italic, on, align);
        }

        Look withAlign(VerticalAlign a) {
            return new Look(bold, italic, code, a);
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern TAG = Pattern.compile("^<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>$");

    private WordInlines() {}

    /** Writes the children of {@code parent} into {@code p}. */
    static void children(Node parent, Wml.Paragraph p, Look look) {
        Look current = look;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) current = inline(n, p, current, look);
    }

    /**
     * Writes one inline node.
     *
     * @return the look of what follows: an inline HTML tag ({@code <sub>}) changes it until its end tag
     */
    static Look inline(Node n, Wml.Paragraph p, Look look, Look outer) {
        if (n instanceof Text || n instanceof HtmlEntity) {
            run(p, n.getChars().unescape(), look);
        } else if (n instanceof SoftLineBreak) {
            run(p, " ", look);
        } else if (n instanceof HardLineBreak) {
            p.createRun().addBreak();
        } else if (n instanceof Code code) {
            run(p, code.getText().toString(), look.withCode(true));
        } else if (n instanceof StrongEmphasis) {
            children(n, p, look.withBold(true));
        } else if (n instanceof Emphasis) {
            children(n, p, look.withItalic(true));
        } else if (n instanceof Link link) {
            link(p, link.getUrl().unescape(), plainText(n), look);
        } else if (n instanceof AutoLink || n instanceof MailLink) {
            String text = n.getChildChars().unescape();
            link(p, n instanceof MailLink ? "mailto:" + text : text, text, look);
        } else if (n instanceof Image) {
            run(p, plainText(n), look);
        } else if (n instanceof RefNode ref) {                // [text] without a definition: text, as in HTML
            run(p, "[", look);
            children(n, p, look);
            run(p, "]" + referencePart(ref), look);
        } else if (n instanceof HtmlInlineComment) {
            return look;
        } else if (n instanceof HtmlInline) {
            return tag(n.getChars().toString(), p, look, outer);
        } else if (n.hasChildren()) {
            children(n, p, look);
        } else {
            run(p, n.getChars().unescape(), look);
        }
        return look;
    }

    /** The look after an inline HTML tag: {@code <sub>}, {@code <sup>}, {@code <em>}, {@code <strong>} and their ends. */
    private static Look tag(String html, Wml.Paragraph p, Look look, Look outer) {
        Matcher m = TAG.matcher(html.strip());
        if (!m.matches()) return look;
        boolean end = !m.group(1).isEmpty();
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "sub" -> look.withAlign(end ? outer.align() : VerticalAlign.SUBSCRIPT);
            case "sup" -> look.withAlign(end ? outer.align() : VerticalAlign.SUPERSCRIPT);
            case "em", "i" -> look.withItalic(end ? outer.italic() : true);
            case "strong", "b" -> look.withBold(end ? outer.bold() : true);
            case "br" -> {
                p.createRun().addBreak();
                yield look;
            }
            default -> look;
        };
    }

    private static void link(Wml.Paragraph p, String url, String text, Look look) {
        Matcher m = SCHEME.matcher(url.strip());
        if (!m.find() || !LINK_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            run(p, text, look);
            return;
        }
        Wml.Run r = p.createHyperlinkRun(XmlChars.clean(url.strip()));
        r.setStyle(DocxStyles.HYPERLINK);
        style(r, look.withCode(false));
        r.addText(XmlChars.clean(text));
    }

    /** A run of text in a look. */
    static void run(Wml.Paragraph p, CharSequence text, Look look) {
        if (text.length() == 0) return;
        String clean = XmlChars.clean(text.toString());
        List<Wml.Run> runs = p.runs();
        Wml.Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.isPlainText() && looksLike(last, look)) {   // one run, not one per line of Markdown
            last.addText(clean);
            return;
        }
        Wml.Run r = p.createRun();
        style(r, look);
        r.addText(clean);
    }

    private static boolean looksLike(Wml.Run r, Look look) {
        VerticalAlign align = switch (r.verticalAlignment()) {
                    case "subscript" -> VerticalAlign.SUBSCRIPT;
                    case "superscript" -> VerticalAlign.SUPERSCRIPT;
                    default -> VerticalAlign.BASELINE;
                };
        boolean code = DocxStyles.VERBATIM.equals(r.style());
        return r.isBold() == look.bold() && r.isItalic() == look.italic() && code == look.code()
                && align == look.align();
    }

    /** Run properties (written in the schema's order: rStyle, b, i, vertAlign, which Word expects). */
    private static void style(Wml.Run r, Look look) {
        if (look.code()) r.setStyle(DocxStyles.VERBATIM);
        if (look.bold()) r.setBold(true);
        if (look.italic()) r.setItalic(true);
        if (look.align() != VerticalAlign.BASELINE) r.setVerticalAlignment(look.align() == VerticalAlign.SUBSCRIPT
                ? "subscript" : "superscript");
    }

    /**
     * What follows {@code [text]} in {@code [text][ref]}: {@code [ref]}; nothing for the shortcut {@code [ref]}, whose
     * children are the reference's text.
     */
    private static String referencePart(RefNode ref) {
        if (ref.getText().isEmpty()) return "";
        return ref.getReferenceOpeningMarker().unescape() + ref.getReference().unescape()
                + ref.getReferenceClosingMarker().unescape();
    }

    /** The text of inline content as a reader sees it: escapes undone, breaks as spaces, no markup. */
    static String plainText(Node parent) {
        StringBuilder sb = new StringBuilder();
        collect(parent, sb);
        return sb.toString();
    }

    private static void collect(Node parent, StringBuilder sb) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text || n instanceof HtmlEntity) sb.append(n.getChars().unescape());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            else if (n instanceof Code code) sb.append(code.getText());
            else if (n instanceof AutoLink || n instanceof MailLink) sb.append(n.getChildChars().unescape());
            else if (n instanceof RefNode ref) {
                sb.append('[');
                collect(n, sb);
                sb.append(']').append(referencePart(ref));
            }
            else if (n instanceof HtmlInline) continue;
            else collect(n, sb);
        }
    }
}

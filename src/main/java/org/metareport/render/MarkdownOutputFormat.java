package org.metareport.render;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Freemarker output format for Markdown: every {@code ${...}} in a template is escaped unless it is already
 * markup, so a study label such as {@code <script>} or {@code *x*} always shows as text. Numbers formatted by
 * {@link Format} contain no characters that need escaping and pass through unchanged.
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<TemplateMarkdownOutputModel> {
    public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {}

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateMarkdownOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateMarkdownOutputModel(plainTextContent, markupContent);
    }

    /** An HTML comment, the one thing that splits a text run in both GitHub's Markdown and flexmark. */
    static final String BREAK = "<!-- -->";

    /**
     * Escapes text for inline use in CommonMark and GitHub Flavored Markdown (also inside a table cell), so data
     * never forms markup, whatever it holds:
     * <ul>
     *   <li>the ASCII punctuation that can start markup is backslash-escaped (emphasis, links, code, HTML, entities,
     *       table cells, headings, block quotes: {@code \ ` * _ [ ] < > | # & ! ~ $ { }});</li>
     *   <li>at the start of the text, what would begin a block when the text starts a line: a list marker
     *       ({@code - }, {@code + }, {@code 1. }, {@code 1) }), a rule or heading underline ({@code ---}, {@code =});</li>
     *   <li>line breaks and tabs become a space and runs of spaces one space (no indented code, no hard break);</li>
     *   <li>GitHub's autolinks: the {@code :} of {@code ://} and the point of {@code www.} become character
     *       references ({@code &#58;}, {@code &#46;}), and an {@code @} after a name character gets an empty HTML
     *       comment before it, because GitHub joins escaped characters back into the text it searches for e-mail
     *       addresses. All three show as the same characters.</li>
     * </ul>
     * Numbers formatted by {@link Format} contain none of these and pass through unchanged.
     */
    public static String escape(String text) {
        String t = SPACES.matcher(text).replaceAll(" ");
        StringBuilder sb = new StringBuilder(t.length() + 8);
        int from = escapeBlockStart(t, sb);
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '&', '!', '~', '$', '{', '}' ->
                        sb.append('\\').append(c);
                case ':' -> sb.append(t.startsWith("//", i + 1) ? "&#58;" : ":");
                case '.' -> sb.append(i >= 3 && t.regionMatches(true, i - 3, "www", 0, 3) ? "&#46;" : ".");
                case '@' -> sb.append(i > 0 && isNameChar(t.charAt(i - 1)) ? BREAK + "@" : "@");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final Pattern SPACES = Pattern.compile("[\\t\\n\\r\\f\\u000B]+ *| {2,}");
    private static final Pattern ORDERED_MARKER = Pattern.compile("^\\d{1,9}[.)](?= |$)");

    /**
     * Escapes what would open a block if the text started a line: a bullet ({@code - }, {@code + }), a rule or
     * setext underline ({@code --}, {@code =}) or an ordered-list marker ({@code 2019. }). A minus before a digit
     * (a negative number) is left alone.
     *
     * @return how many characters of {@code t} were written to {@code sb}
     */
    private static int escapeBlockStart(String t, StringBuilder sb) {
        if (t.isEmpty()) return 0;
        char first = t.charAt(0);
        char next = t.length() > 1 ? t.charAt(1) : ' ';
        if (first == '=' || (first == '-' || first == '+') && (next == ' ' || next == '-' || t.length() == 1)) {
            sb.append('\\').append(first);
            return 1;
        }
        Matcher m = ORDERED_MARKER.matcher(t);
        if (m.find()) {
            sb.append(t, 0, m.end() - 1).append('\\').append(t.charAt(m.end() - 1));
            return m.end();
        }
        return 0;
    }

    /** A character GitHub takes as part of an e-mail address's name. */
    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '+'
                || c == '-' || c == '_';
    }
}

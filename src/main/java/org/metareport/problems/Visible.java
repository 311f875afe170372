package org.metareport.problems;

/**
 * Text from the user's files made safe to print on a terminal: control characters (ESC, CR, other C0 and C1
 * controls, DEL), line and paragraph separators and bidirectional overrides are shown as visible escapes such as
 * {@code \u001b}, so that a data cell cannot colour, move, hide or reorder what the terminal shows. Quoted excerpts of
 * cells and headers are also cut short, so that an error never prints a file's contents.
 */
public final class Visible {
    /** The most code points of a cell or header a message quotes; longer ones end in an ellipsis. */
    public static final int EXCERPT = 60;

    private Visible() {}

    /** One line: every control character escaped, line breaks and tabs too. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** Several lines (a summary): line feeds and tabs kept, every other control character escaped. */
    public static String lines(String s) {
        return escape(s, true);
    }

    /**
     * A cell, header or name from a file, quoted for a message: {@code 'abc'}; runs of white space with line breaks
     * shown as one space, cut to {@value #EXCERPT} code points with an ellipsis, control characters escaped.
     */
    public static String quote(String s) {
        return "'" + excerpt(s) + "'";
    }

    /** {@link #quote} without the quotes. */
    public static String excerpt(String s) {
        if (s == null) return "";
        String cut = s;
        boolean longer = false;
        if (cut.length() > 4 * EXCERPT) {                      // bound the work on a huge cell
            cut = cut.substring(0, 4 * EXCERPT);
            longer = true;
        }
        cut = cut.replaceAll("\\s*\\R\\s*", " ");
        if (cut.codePointCount(0, cut.length()) > EXCERPT) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, EXCERPT - 1));
            longer = true;
        }
        return line(cut) + (longer ? "…" : "");
    }

    /** True for a code point shown as an escape. */
    public static boolean isHidden(int c) {
        return Character.getType(c) == Character.CONTROL            // C0, DEL, C1
                || c == 0x2028 || c == 0x2029                        // line and paragraph separators
                || c >= 0x202A && c <= 0x202E                        // bidi embeddings and overrides
                || c >= 0x2066 && c <= 0x2069                        // bidi isolates
                || c == 0x200E || c == 0x200F || c == 0x061C;        // bidi marks
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) return "null";
        int i = 0;
        while (i < s.length() && !hidden(s.charAt(i), keepLines)) i++;
        if (i == s.length()) return s;
        StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (hidden(c, keepLines)) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            else b.append(c);
        }
        return b.toString();
    }

    private static boolean hidden(char c, boolean keepLines) {
        if (keepLines && (c == '\n' || c == '\t')) return false;
        return isHidden(c);
    }
}

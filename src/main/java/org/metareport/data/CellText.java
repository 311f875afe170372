package org.metareport.data;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The conventions every source shares for the text of a cell: how raw text becomes a cell (trimmed; empty and
 * {@code NA} are missing), when two cells hold the same value, and how a cell is quoted in a message.
 */
final class CellText {
    /** Digits with an optional sign, point and exponent: what a cell must look like to count as a number. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final int QUOTE_LIMIT = 40;

    private CellText() {}

    /**
     * A cell from raw text: trimmed of spaces (including no-break spaces); empty and {@code NA} become null
     * (missing), as R's {@code read.csv} reads them.
     */
    static String cell(String raw) {
        if (raw == null) return null;
        int start = 0;
        int end = raw.length();
        while (start < end && isEdgeSpace(raw.charAt(start))) start++;
        while (end > start && isEdgeSpace(raw.charAt(end - 1))) end--;
        String s = raw.substring(start, end);
        return s.isEmpty() || s.equals("NA") ? null : s;
    }

    /**
     * Space trimmed from a cell's edges: regex {@code \s} (space, tab, line breaks, form feed), no-break space and
     * BOM. A loop, not a regex: {@code [\s]+$} is quadratic on a long run of spaces inside a cell.
     */
    private static boolean isEdgeSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\uFEFF';
    }

    /**
     * True when two cells hold the same value: both missing, equal text, or both numbers of equal value
     * ({@code "0"} and {@code "0.0"}, as R compares {@code Drop == 0}).
     */
    static boolean same(String a, String b) {
        if (a == null || b == null) return a == b;
        if (a.equals(b)) return true;
        if (!NUMBER.matcher(a).matches() || !NUMBER.matcher(b).matches()) return false;
        try {
            return decimal(a).compareTo(decimal(b)) == 0;
        } catch (NumberFormatException e) { // an exponent beyond BigDecimal's range: not comparable as numbers
            return false;
        }
    }

    /**
     * A form of a cell under which {@link #same} cells are equal, for use as a map key: a number in a canonical
     * decimal form, other text as it is; null for a missing cell.
     */
    static String key(String cell) {
        if (cell == null || !NUMBER.matcher(cell).matches()) return cell;
        try {
            return decimal(cell).stripTrailingZeros().toString();
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    private static BigDecimal decimal(String number) {
        return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    }

    /** A cell quoted for a message: {@code 'abc'}, shortened with an ellipsis when long, line breaks shown as spaces. */
    static String quote(String cell) {
        String s = breaksAsSpaces(cell);
        if (s.codePointCount(0, s.length()) > QUOTE_LIMIT) s = s.substring(0, s.offsetByCodePoints(0, QUOTE_LIMIT - 1)) + "…";
        return "'" + s + "'";
    }

    /**
     * Each run of spaces that holds a line break, as one space (what {@code replaceAll("\\s*\\R\\s*", " ")} does,
     * in linear time: that regex is quadratic on a long run of spaces).
     */
    private static String breaksAsSpaces(String cell) {
        StringBuilder b = new StringBuilder(cell.length());
        int i = 0;
        while (i < cell.length()) {
            int end = i;
            boolean breaks = false;
            while (end < cell.length() && (isSpace(cell.charAt(end)) || isBreak(cell.charAt(end)))) {
                breaks |= isBreak(cell.charAt(end));
                end++;
            }
            if (end == i) {
                b.append(cell.charAt(i++));
                continue;
            }
            if (breaks) b.append(' ');
            else b.append(cell, i, end);
            i = end;
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}

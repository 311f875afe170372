package org.metareport.expressions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an expression written in R's syntax and rewrites it as JEXL text that can only name values and the functions
 * of {@link RFunctions}. Column names (R names such as {@code Total.N}, or any text in backticks such as
 * {@code `Duration (weeks)`}) become variables {@code c0, c1, …}; number and text literals become variables
 * {@code k0, k1, …}; {@code TRUE}/{@code FALSE}/{@code NA} become {@code true}/{@code false}/{@code NA}; R's
 * operators map to JEXL's ({@code &&}→{@code &}, {@code %in%} and {@code in}→{@code =~}, {@code %%}→{@code %}). Every
 * other character (a dot after a value, brackets, braces, {@code $}, {@code =}, {@code ;}, …) is an error here, so no
 * property, method, constructor or class can be reached. Where R's precedence differs from JEXL's ({@code !}, which
 * R applies to a whole comparison, and {@code %in%}, which binds tighter than arithmetic in R) the expression must
 * say it with parentheses.
 */
final class RSource {
    static final int MAX_LENGTH = 4000;
    static final int MAX_DEPTH = 40;
    private static final Set<String> ARITHMETIC = Set.of("+", "-", "*", "/", "%%");
    private static final Set<String> COMPARISON = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> LOGICAL = Set.of("&", "&&", "|", "||");

    enum Kind { NUMBER, TEXT, NAME, CALL, WORD, OPERATOR, OPEN, CLOSE, COMMA }

    /** One token: its kind, text (a name or literal's value), and start offset in the expression. */
    record Token(Kind kind, String text, int at, int end) {}

    /** A problem at an offset of the expression. */
    static final class Failure extends RuntimeException {
        final int at;

        Failure(int at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    /** The rewritten text, with where each piece came from. */
    record Rewritten(String jexl, List<String> columns, List<Integer> columnAt, List<Object> constants,
                     int[] pieceOut, int[] pieceIn) {
        /** The offset in the R text of a (0-based) offset in the JEXL text. */
        int sourceOffset(int out) {
            int k = 0;
            for (int i = 0; i < pieceOut.length; i++) if (pieceOut[i] <= out) k = i;
            return pieceOut.length == 0 ? 0 : pieceIn[k];
        }
    }

    private RSource() {}

    static Rewritten rewrite(String text) {
        if (text.length() > MAX_LENGTH)
            throw new Failure(0, "the expression is " + text.length() + " characters long; at most " + MAX_LENGTH
                    + " are allowed (split it into several derived columns)");
        List<Token> tokens = tokens(text);
        if (tokens.isEmpty()) throw new Failure(0, "the expression is empty");
        checkNesting(tokens);
        checkChains(tokens);
        checkPrecedence(tokens);
        StringBuilder out = new StringBuilder();
        List<String> columns = new ArrayList<>();
        List<Integer> columnAt = new ArrayList<>();
        List<Object> constants = new ArrayList<>();
        List<Integer> pieceOut = new ArrayList<>(), pieceIn = new ArrayList<>();
        String[] before = new String[tokens.size()], after = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("!=") || tokens.get(i).kind() != Kind.OPERATOR) continue;
            int start = comparand(tokens, i, -1), end = comparand(tokens, i, 1);
            before[start] = (before[start] == null ? "" : before[start]) + "!((";
            after[end] = "))" + (after[end] == null ? "" : after[end]);
        }
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (!out.isEmpty()) out.append(' ');
            pieceOut.add(out.length());
            pieceIn.add(t.at());
            if (before[j] != null) out.append(before[j]);
            switch (t.kind()) {
                case NUMBER -> {
                    out.append('k').append(constants.size());
                    constants.add(Double.valueOf(t.text()));
                }
                case TEXT -> {
                    out.append('k').append(constants.size());
                    constants.add(t.text());
                }
                case NAME -> {
                    int i = columns.indexOf(t.text());
                    if (i < 0) {
                        i = columns.size();
                        columns.add(t.text());
                        columnAt.add(t.at());
                    }
                    out.append('c').append(i);
                }
                case CALL -> out.append(RFunctions.NAMES.get(t.text()));
                case WORD -> out.append(switch (t.text()) {
                    case "TRUE" -> "true";
                    case "FALSE" -> "false";
                    default -> "NA";
                });
                case OPERATOR -> out.append(switch (t.text()) {
                    case "&&" -> "&";
                    case "||" -> "|";
                    case "%in%", "in" -> "=~";
                    case "%%" -> "%";
                    case "!=" -> ")==(";        // a != b is written !((a)==(b)): JEXL's own != turns NA into FALSE

                    default -> t.text();
                });
                case OPEN -> out.append('(');
                case CLOSE -> out.append(')');
                case COMMA -> out.append(',');
            }
            if (after[j] != null) out.append(after[j]);
        }
        return new Rewritten(out.toString(), List.copyOf(columns), List.copyOf(columnAt), constants,
                pieceOut.stream().mapToInt(Integer::intValue).toArray(), pieceIn.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The tokens of an R expression; anything outside the small language is a {@link Failure} at its offset. */
    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                i = number(s, i);
                String n = s.substring(start, i);
                if (i < s.length() && s.charAt(i) == 'L') i++;              // R's integer suffix
                out.add(new Token(Kind.NUMBER, n, start, i));
            } else if (c == '"' || c == '\'') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) throw new Failure(start, "the text starting here has no closing " + c);
                    char d = s.charAt(i);
                    if (d == c) break;
                    if (d == '\\' && i + 1 < s.length()) {
                        char e = s.charAt(++i);
                        b.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> e;
                        });
                    } else b.append(d);
                    i++;
                }
                i++;
                out.add(new Token(Kind.TEXT, b.toString(), start, i));
            } else if (c == '`') {
                int close = s.indexOf('`', i + 1);
                if (close < 0) throw new Failure(start, "the column name starting here has no closing backtick (`)");
                if (close == i + 1) throw new Failure(start, "`` names no column; write the column's name between backticks");
                out.add(name(s, s.substring(i + 1, close), start, close + 1));
                i = close + 1;
            } else if (Character.isLetter(c) || c == '.') {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '_')) i++;
                String word = s.substring(start, i);
                switch (word) {
                    case "TRUE", "FALSE", "NA", "NA_real_", "NA_integer_", "NA_character_" ->
                            out.add(new Token(Kind.WORD, word.startsWith("NA") ? "NA" : word, start, i));
                    case "in" -> out.add(new Token(Kind.OPERATOR, "in", start, i));
                    case "T", "F" -> out.add(new Token(Kind.NAME, word, start, i));
                    case "NULL", "Inf", "NaN", "function", "if", "else", "for", "while", "repeat", "return", "new" ->
                            reserved(s, word, start, i);
                    default -> out.add(name(s, word, start, i));
                }
            } else {
                i = operator(s, i, out);
            }
        }
        return out;
    }

    private static void reserved(String s, String word, int start, int end) {
        if (word.equals("new") || word.equals("function") || followedByOpen(s, end))
            throw new Failure(start, "unknown function '" + word + "' (an expression cannot create objects or reach Java "
                    + "classes); " + functions());
        throw new Failure(start, "'" + word + "' is not part of an expression here; use NA for a missing value");
    }

    /** A name: a function when '(' follows (it must be one of {@link RFunctions#NAMES}), else a column. */
    private static Token name(String s, String name, int start, int end) {
        if (!followedByOpen(s, end)) return new Token(Kind.NAME, name, start, end);
        if (RFunctions.NAMES.containsKey(name) && s.charAt(start) != '`') return new Token(Kind.CALL, name, start, end);
        String close = closest(name);
        String java = name.contains(".") ? " (an expression cannot call methods or reach Java classes)" : "";
        throw new Failure(start, "unknown function '" + name + "'" + (close == null ? java : " (did you mean '" + close
                + "'?)") + "; " + functions());
    }

    static String functions() {
        return "the functions are " + String.join(", ", RFunctions.NAMES.keySet());
    }

    private static String closest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String f : RFunctions.NAMES.keySet()) {
            int d = distance(name.toLowerCase(Locale.ROOT), f);
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean followedByOpen(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i < s.length() && s.charAt(i) == '(';
    }

    private static int number(String s, int i) {
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            if (j < s.length() && Character.isDigit(s.charAt(j))) {
                i = j;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            }
        }
        return i;
    }

    private static int operator(String s, int i, List<Token> out) {
        char c = s.charAt(i);
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (c == '%') {
            int close = s.indexOf('%', i + 1);
            String op = close < 0 ? "%" : s.substring(i, close + 1);
            if (!op.equals("%in%") && !op.equals("%%"))
                throw new Failure(i, "unknown operator '" + op + "'; the operators are + - * / %% == != < <= > >= "
                        + "& | ! %in%");
            out.add(new Token(Kind.OPERATOR, op, i, i + op.length()));
            return i + op.length();
        }
        for (String op : List.of("==", "!=", "<=", ">=", "&&", "||")) {
            if (two.equals(op)) {
                out.add(new Token(Kind.OPERATOR, op, i, i + 2));
                return i + 2;
            }
        }
        switch (c) {
            case '+', '-', '*', '/', '<', '>', '&', '|', '!' -> out.add(new Token(Kind.OPERATOR, String.valueOf(c), i, i + 1));
            case '(' -> out.add(new Token(Kind.OPEN, "(", i, i + 1));
            case ')' -> out.add(new Token(Kind.CLOSE, ")", i, i + 1));
            case ',' -> out.add(new Token(Kind.COMMA, ",", i, i + 1));
            case '=' -> throw new Failure(i, "'=' is not a comparison; write '==' to test equality");
            case '^' -> throw new Failure(i, "'^' is not supported; write x * x for a square");
            case '.' -> throw new Failure(i, "'.' after a value: methods and properties cannot be reached from an "
                    + "expression; only the functions are callable (" + functions() + ")");
            default -> throw new Failure(i, "unexpected '" + new String(Character.toChars(s.codePointAt(i)))
                    + "'; quote a column name that has it with backticks, e.g. `Duration (weeks)`");
        }
        return i + 1;
    }

    /** Parentheses balance, nest at most {@link #MAX_DEPTH} deep, and calls are followed by their '('. */
    private static void checkNesting(List<Token> tokens) {
        int depth = 0;
        List<Integer> open = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == Kind.OPEN) {
                open.add(t.at());
                if (++depth > MAX_DEPTH)
                    throw new Failure(t.at(), "parentheses nest more than " + MAX_DEPTH + " deep here; simplify the expression");
            } else if (t.kind() == Kind.CLOSE) {
                if (depth-- == 0) throw new Failure(t.at(), "this ')' closes nothing");
                open.remove(open.size() - 1);
            }
        }
        if (depth > 0) throw new Failure(open.get(open.size() - 1), "this '(' is not closed");
    }

    /**
     * The first (step −1) or last (step 1) token of the operand of the comparison at i: comparisons bind looser than
     * arithmetic and are not chained, so the operand runs to the nearest '(' or ')', ',' or logical operator.
     */
    private static int comparand(List<Token> t, int i, int step) {
        int depth = 0;
        int j = i + step;
        for (; j >= 0 && j < t.size(); j += step) {
            Token k = t.get(j);
            if (k.kind() == (step < 0 ? Kind.CLOSE : Kind.OPEN)) depth++;
            else if (k.kind() == (step < 0 ? Kind.OPEN : Kind.CLOSE)) {
                if (depth-- == 0) break;
            } else if (depth == 0 && (k.kind() == Kind.COMMA || LOGICAL.contains(k.text()) && k.kind() == Kind.OPERATOR)) break;
        }
        int end = j - step;
        if (step < 0 ? end > i - 1 : end < i + 1) throw new Failure(t.get(i).at(), "'!=' needs a value on each side");
        return end;
    }

    /** Comparisons are not chained (R refuses {@code a < b < c}); join them with {@code &} or {@code |}. */
    private static void checkChains(List<Token> t) {
        List<Integer> last = new ArrayList<>();           // per depth: the last comparison's token index, or -1
        last.add(-1);
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.kind() == Kind.OPEN) last.add(-1);
            else if (tok.kind() == Kind.CLOSE) last.remove(last.size() - 1);
            else if (tok.kind() == Kind.COMMA || LOGICAL.contains(tok.text())) last.set(last.size() - 1, -1);
            else if (tok.kind() == Kind.OPERATOR && COMPARISON.contains(tok.text())) {
                if (last.get(last.size() - 1) >= 0)
                    throw new Failure(tok.at(), "'" + tok.text() + "' follows another comparison; compare one pair at "
                            + "a time and join the tests with & or |, e.g. 0 < x & x < 1");
                last.set(last.size() - 1, i);
            }
        }
    }

    /** R applies '!' to a whole comparison and binds '%in%' tighter than arithmetic: those need parentheses here. */
    private static void checkPrecedence(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.kind() != Kind.OPERATOR) continue;
            if (tok.text().equals("!") && !unary(t, i)) continue;
            if (tok.text().equals("!")) {
                int end = operandEnd(t, i + 1);
                if (end < t.size() && binary(t, end) && !LOGICAL.contains(t.get(end).text()))
                    throw new Failure(tok.at(), "write !(…) around what '!' negates, e.g. !(a == b): in R, '!' "
                            + "applies to the whole comparison or sum after it");
            }
            if (tok.text().equals("%in%") || tok.text().equals("in")) {
                int start = operandStart(t, i - 1), end = operandEnd(t, i + 1);
                boolean before = start > 0 && !LOGICAL.contains(t.get(start - 1).text()) && t.get(start - 1).kind() == Kind.OPERATOR;
                boolean after = end < t.size() && t.get(end).kind() == Kind.OPERATOR && !LOGICAL.contains(t.get(end).text());
                if (before || after)
                    throw new Failure(tok.at(), "put parentheses around the " + tok.text() + " test, e.g. "
                            + "(x %in% c(1, 2)), when it stands next to other operators");
            }
        }
    }

    /** Whether the operator at i is unary (no value before it). */
    private static boolean unary(List<Token> t, int i) {
        if (i == 0) return true;
        Kind k = t.get(i - 1).kind();
        return k == Kind.OPERATOR || k == Kind.OPEN || k == Kind.COMMA;
    }

    private static boolean binary(List<Token> t, int i) {
        return t.get(i).kind() == Kind.OPERATOR && !unary(t, i)
                && (ARITHMETIC.contains(t.get(i).text()) || COMPARISON.contains(t.get(i).text())
                    || LOGICAL.contains(t.get(i).text()) || t.get(i).text().equals("%in%") || t.get(i).text().equals("in"));
    }

    /** The index after the operand starting at i (unary operators, then a value, a call or a parenthesised group). */
    private static int operandEnd(List<Token> t, int i) {
        while (i < t.size() && t.get(i).kind() == Kind.OPERATOR) i++;
        if (i >= t.size()) return i;
        Kind k = t.get(i).kind();
        if (k == Kind.CALL) i++;
        if (i < t.size() && t.get(i).kind() == Kind.OPEN) {
            int depth = 0;
            for (; i < t.size(); i++) {
                if (t.get(i).kind() == Kind.OPEN) depth++;
                else if (t.get(i).kind() == Kind.CLOSE && --depth == 0) return i + 1;
            }
            return i;
        }
        return i + 1;
    }

    /** The index where the operand ending at i starts. */
    private static int operandStart(List<Token> t, int i) {
        if (i < 0) return 0;
        if (t.get(i).kind() == Kind.CLOSE) {
            int depth = 0;
            for (; i >= 0; i--) {
                if (t.get(i).kind() == Kind.CLOSE) depth++;
                else if (t.get(i).kind() == Kind.OPEN && --depth == 0) break;
            }
            if (i > 0 && t.get(i - 1).kind() == Kind.CALL) i--;
        }
        return Math.max(i, 0);
    }
}

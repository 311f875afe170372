package org.metareport.expressions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.function.Function;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;

/**
 * One R-like expression from a spec, compiled: {@code `Duration (weeks)` >= 12 & !is.na(Effect.Size)}. Build it with
 * {@link #compile}, which reports a syntax error, an unknown function or an attempt to reach Java at its file, line
 * and column. Ask it for the {@link #columns() columns} it names (each with its place, so an unknown one is reported
 * there), then {@link #evaluate} it once per row.
 *
 * <p>Values are {@link Double} (a number cell), {@link String} (a text cell), {@link Boolean} or null (a missing
 * cell: R's {@code NA}). Evaluation is bounded by construction: no loops, no recursion, no functions that build
 * strings, an expression of at most {@value RSource#MAX_LENGTH} characters nesting at most
 * {@value RSource#MAX_DEPTH} deep, so each row costs time linear in the expression's length.
 */
public final class Expression {
    private static final JexlEngine ENGINE = engine();

    private final String text;
    private final Where where;
    private final boolean exact;
    private final RSource.Rewritten rewritten;
    private final JexlExpression compiled;

    /** A column the expression names, with where it is written. */
    public record Column(String name, Where where) {}

    private Expression(String text, Where where, boolean exact, RSource.Rewritten rewritten, JexlExpression compiled) {
        this.text = text;
        this.where = where;
        this.exact = exact;
        this.rewritten = rewritten;
        this.compiled = compiled;
    }

    /**
     * Compiles an expression.
     *
     * @param text  the expression as written
     * @param where where its first character is (file, line, column)
     * @param exact true when every character of {@code text} stands on that line at successive columns (a plain or
     *              quoted one-line YAML scalar without escapes); otherwise problems point at {@code where} itself
     * @throws InputException a syntax error, an unknown function or operator, or a reach for Java, located
     */
    public static Expression compile(String text, Where where, boolean exact) {
        RSource.Rewritten r;
        try {
            r = RSource.rewrite(text);
        } catch (RSource.Failure f) {
            throw InputException.at(at(where, exact, f.at), "%s (in the expression %s)", f.getMessage(), quoted(text));
        }
        try {
            JexlExpression e = ENGINE.createExpression(new JexlInfo("expression", 1, 1), r.jexl());
            return new Expression(text, where, exact, r, e);
        } catch (JexlException e) {
            int column = e.getInfo() == null ? 1 : e.getInfo().getColumn();
            throw InputException.at(at(where, exact, r.sourceOffset(Math.max(column - 1, 0))),
                    "the expression %s is not valid here%s; write it as in R, e.g. ifelse(is.na(x), 0, x) or "
                            + "`Duration (weeks)` >= 12", quoted(text), near(text, r, column));
        }
    }

    private static String near(String text, RSource.Rewritten r, int column) {
        int at = r.sourceOffset(Math.max(column - 1, 0));
        if (at >= text.length()) return " (it ends too soon)";
        return " (near " + quoted(text.substring(at, Math.min(text.length(), at + 20))) + ")";
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** Where the expression is written. */
    public Where where() {
        return where;
    }

    /** The columns it names, in order of first use. */
    public List<Column> columns() {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < rewritten.columns().size(); i++)
            out.add(new Column(rewritten.columns().get(i), at(where, exact, rewritten.columnAt().get(i))));
        return out;
    }

    /**
     * The value for one row.
     *
     * @param cell the value of each column named (by name): Double, String, Boolean or null (NA)
     * @return Double, String, Boolean or null (NA)
     * @throws Problem when the row's values do not fit an operator or function (text in arithmetic)
     */
    public Object evaluate(Function<String, Object> cell) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < rewritten.constants().size(); i++) vars.put("k" + i, rewritten.constants().get(i));
        vars.put("NA", Na.NA);
        List<String> columns = rewritten.columns();
        JexlContext context = new JexlContext() {
            @Override
            public Object get(String name) {
                if (name.startsWith("c")) {
                    Object v = cell.apply(columns.get(Integer.parseInt(name.substring(1))));
                    return v == null ? Na.NA : v;
                }
                return vars.get(name);
            }

            @Override
            public void set(String name, Object value) {
                throw new ExpressionError("an expression cannot assign");
            }

            @Override
            public boolean has(String name) {
                return vars.containsKey(name) || name.matches("c\\d+") && Integer.parseInt(name.substring(1)) < columns.size();
            }
        };
        Object v;
        try {
            v = compiled.evaluate(context);
        } catch (JexlException e) {
            int column = e.getInfo() == null ? 1 : e.getInfo().getColumn();
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof ExpressionError) && cause.getCause() != cause) cause = cause.getCause();
            String why = cause instanceof ExpressionError x ? x.getMessage() : "it cannot be evaluated (" + e.getMessage()
                    .replaceAll("^.*?@\\d+:\\d+\\s*", "").replaceAll("[ck](\\d+)", "value $1") + ")";
            throw new Problem(at(where, exact, rewritten.sourceOffset(Math.max(column - 1, 0))), why);
        } catch (ExpressionError e) {
            throw new Problem(where, e.getMessage());
        }
        if (Na.is(v)) return null;
        if (v instanceof Double || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof Number n) return RArithmetic.finite(n.doubleValue()) instanceof Double d ? d : null;
        throw new Problem(where, "it gives " + RFunctions.show(v) + ", not one value per row; use c() only after %in%");
    }

    /** A row the expression cannot be evaluated on: where in the expression, and why. */
    public static final class Problem extends RuntimeException {
        private final Where where;

        Problem(Where where, String message) {
            super(message, null, false, false);
            this.where = where;
        }

        public Where where() {
            return where;
        }
    }

    /** A value as the logical test of a filter: TRUE, FALSE, or null for NA. @throws Problem for text */
    public Boolean test(Object value) {
        try {
            return value == null ? null : RArithmetic.logical(value, "a filter");
        } catch (ExpressionError e) {
            throw new Problem(where, "a filter needs TRUE or FALSE per row, but the expression gives " + RFunctions.show(value));
        }
    }

    static Where at(Where where, boolean exact, int offset) {
        return exact && where.column() > 0 ? new Where(where.file(), where.line(), where.column() + offset) : where;
    }

    private static String quoted(String text) {
        String t = text.replaceAll("\\s*\\R\\s*", " ");
        return "'" + (t.length() > 60 ? t.substring(0, 59) + "…" : t) + "'";
    }

    private static JexlEngine engine() {
        JexlFeatures features = new JexlFeatures().loops(false).lambda(false).sideEffect(false).sideEffectGlobal(false)
                .newInstance(false).methodCall(false).annotation(false).pragma(false).script(false)
                .structuredLiteral(false).localVar(false).register(false).arrayReferenceExpr(false)
                .importPragma(false).namespacePragma(false);
        Map<String, Object> namespaces = new HashMap<>();
        namespaces.put(null, new RFunctions());
        return new JexlBuilder().features(features).arithmetic(new RArithmetic()).namespaces(namespaces)
                .permissions(new OnlyThisPackage()).strict(true).safe(false).silent(false).cache(0)
                .debug(false).create();
    }

    /** JEXL may introspect only {@link RFunctions} and {@link RArithmetic}: no other class, no constructor, no field. */
    private static final class OnlyThisPackage implements JexlPermissions {
        private static boolean ours(Class<?> c) {
            return c == RFunctions.class || c == RArithmetic.class || c == Na.class;
        }

        @Override
        public boolean allow(Package p) {
            return p != null && p.getName().equals(RFunctions.class.getPackageName());
        }

        @Override
        public boolean allow(Class<?> c) {
            return ours(c);
        }

        @Override
        public boolean allow(java.lang.reflect.Constructor<?> c) {
            return false;
        }

        @Override
        public boolean allow(java.lang.reflect.Field f) {
            return false;
        }

        @Override
        public boolean allow(java.lang.reflect.Method m) {
            return ours(m.getDeclaringClass()) && java.lang.reflect.Modifier.isPublic(m.getModifiers());
        }

        @Override
        public JexlPermissions compose(String... src) {
            return this;
        }
    }
}

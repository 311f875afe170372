package org.metareport.spec;

import java.util.Optional;
import org.metareport.expressions.Expression;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Compiles an expression written as a YAML scalar, locating its problems at the scalar's line and column plus the
 * offset into the expression: exactly for a plain, or a quoted one-line scalar without escapes; at the scalar's start
 * otherwise (a block scalar, or one whose quoting shifts the characters).
 */
final class ExpressionReader {
    private ExpressionReader() {}

    static Optional<Expression> read(Context cx, ScalarNode node, String name) {
        String text = node.getValue();
        if (text.isBlank()) {
            cx.error(node, name + " is empty; write an expression, e.g. `Duration (weeks)` >= 12");
            return Optional.empty();
        }
        Where start = cx.where(node);
        ScalarStyle style = node.getScalarStyle();
        boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
        boolean oneLine = text.indexOf('\n') < 0 && node.getEndMark().map(e -> node.getStartMark()
                .map(s -> s.getLine() == e.getLine() && e.getColumn() - s.getColumn() == text.length() + (quoted ? 2 : 0))
                .orElse(false)).orElse(false);
        boolean exact = (style == ScalarStyle.PLAIN || quoted) && oneLine;
        Where first = exact && quoted ? new Where(start.file(), start.line(), start.column() + 1) : start;
        try {
            return Optional.of(Expression.compile(text, first, exact));
        } catch (InputException e) {
            e.problems().forEach(p -> cx.error(p.where(), name + ": " + p.message()));
            return Optional.empty();
        }
    }
}

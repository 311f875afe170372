package org.metareport.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;

class ExpressionTest {
    static final Where AT = new Where("analysis.yaml", 7, 11);

    static Object eval(String text, Object... cells) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) row.put((String) cells[i], cells[i + 1]);
        Expression e = Expression.compile(text, AT, true);
        return e.evaluate(row::get);
    }

    static String error(String text) {
        try {
            Expression.compile(text, AT, true);
        } catch (InputException e) {
            return e.problems().get(0).toString();
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void naPropagatesThroughArithmeticAndComparisons() {
        assertThat(eval("x + 1", "x", null)).isNull();
        assertThat(eval("x + 1", "x", 2.0)).isEqualTo(3.0);
        assertThat(eval("x < 1", "x", null)).isNull();
        assertThat(eval("x == 1", "x", null)).isNull();
        assertThat(eval("x != 1", "x", null)).isNull();
        assertThat(eval("x != 1", "x", 2.0)).isEqualTo(true);
        assertThat(eval("x != 'D'", "x", "D")).isEqualTo(false);
        assertThat(eval("x != 1 & y", "x", 1.0, "y", null)).isEqualTo(false);
        assertThat(eval("-x", "x", null)).isNull();
        assertThat(eval("NA > 1")).isNull();
        assertThat(eval("x / 0", "x", 1.0)).isNull();
    }

    @Test
    void logicIsThreeValuedAsInR() {
        assertThat(eval("x > 1 & FALSE", "x", null)).isEqualTo(false);
        assertThat(eval("x > 1 & TRUE", "x", null)).isNull();
        assertThat(eval("x > 1 | TRUE", "x", null)).isEqualTo(true);
        assertThat(eval("x > 1 || FALSE", "x", null)).isNull();
        assertThat(eval("!(x > 1)", "x", null)).isNull();
        assertThat(eval("!(x > 1) && y == 'D'", "x", 0.0, "y", "D")).isEqualTo(true);
    }

    @Test
    void ifelseIsNaAndCoalesceCodeMissingValues() {
        assertThat(eval("ifelse(is.na(x), 0, x)", "x", null)).isEqualTo(0.0);
        assertThat(eval("ifelse(is.na(x), 0, x)", "x", 3.0)).isEqualTo(3.0);
        assertThat(eval("ifelse(x >= 12, 1, 0)", "x", null)).isNull();
        assertThat(eval("coalesce(x, y, 5)", "x", null, "y", null)).isEqualTo(5.0);
        assertThat(eval("T + C <= 250", "T", 100.0, "C", 150.0)).isEqualTo(true);
    }

    @Test
    void inMatchesNumbersAndTextAndNeverGivesNa() {
        assertThat(eval("x %in% c('D', 'A')", "x", "A")).isEqualTo(true);
        assertThat(eval("x %in% c('D', 'A')", "x", null)).isEqualTo(false);
        assertThat(eval("x %in% c(1, NA)", "x", null)).isEqualTo(true);
        assertThat(eval("x in c(1, 2)", "x", 2.0)).isEqualTo(true);
        assertThat(eval("(x %in% c(1, 2)) & y > 0", "x", 3.0, "y", 1.0)).isEqualTo(false);
    }

    @Test
    void backticksAndDottedNamesAreColumns() {
        Expression e = Expression.compile("`Duration (weeks)` >= 12 & Total.N < 300", AT, true);
        assertThat(e.columns()).extracting(Expression.Column::name).containsExactly("Duration (weeks)", "Total.N");
        assertThat(e.columns().get(1).where()).isEqualTo(new Where("analysis.yaml", 7, 11 + 27));
        assertThat(e.evaluate(Map.<String, Object>of("Duration (weeks)", 12.0, "Total.N", 200.0)::get)).isEqualTo(true);
        assertThat(eval("Construct == \"D\"", "Construct", "D")).isEqualTo(true);
        assertThat(eval("Drop == 0", "Drop", "0")).isEqualTo(true);
        assertThat(eval("x %% 3", "x", -1.0)).isEqualTo(2.0);
    }

    @Test
    void reachingJavaIsALocatedError() {
        assertThat(error("''.getClass()")).startsWith("error: analysis.yaml:7:13: unknown function '.getClass'");
        assertThat(error("new('java.lang.String')")).startsWith("error: analysis.yaml:7:11: unknown function 'new'");
        assertThat(error("java.lang.Runtime.getRuntime()")).startsWith("error: analysis.yaml:7:11: unknown function 'java.lang.Runtime.getRuntime'");
        assertThat(error("x[1]")).startsWith("error: analysis.yaml:7:12: unexpected '['");
        assertThat(error("x$y")).startsWith("error: analysis.yaml:7:12: unexpected '$'");
        assertThat(error("x; y")).startsWith("error: analysis.yaml:7:12: unexpected ';'");
        assertThat(error("'a'.length")).startsWith("error: analysis.yaml:7:14:");
        // a dotted name is a column: it names no class
        Expression e = Expression.compile("java.lang.System", AT, true);
        assertThat(e.columns()).extracting(Expression.Column::name).containsExactly("java.lang.System");
    }

    @Test
    void syntaxErrorsAndUnknownFunctionsAreLocated() {
        assertThat(error("x < ")).startsWith("error: analysis.yaml:7:");
        assertThat(error("ifelse(x > 1, 1")).isEqualTo("error: analysis.yaml:7:17: this '(' is not closed (in the expression 'ifelse(x > 1, 1')");
        assertThat(error("isna(x)")).startsWith("error: analysis.yaml:7:11: unknown function 'isna' (did you mean 'is.na'?)");
        assertThat(error("x = 1")).startsWith("error: analysis.yaml:7:13: '=' is not a comparison");
        assertThat(error("!x == 1")).startsWith("error: analysis.yaml:7:11: write !(…)");
        assertThat(error("x + y %in% c(1)")).startsWith("error: analysis.yaml:7:17: put parentheses");
        assertThat(error("0 < x < 1")).startsWith("error: analysis.yaml:7:17: '<' follows another comparison");
        assertThat(error("(".repeat(50) + "x" + ")".repeat(50))).contains("nest more than 40");
    }

    @Test
    void textInArithmeticIsAProblemAtTheOperator() {
        Expression e = Expression.compile("x + 1", AT, true);
        assertThatThrownBy(() -> e.evaluate(Map.<String, Object>of("x", "d = 0.71")::get))
                .isInstanceOf(Expression.Problem.class).hasMessageContaining("'+' needs numbers, but got 'd = 0.71'");
    }
}

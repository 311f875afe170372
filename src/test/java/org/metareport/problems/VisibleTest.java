package org.metareport.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTest {
    @Test
    void escapesEscCarriageReturnC1ControlsAndBidiOverrides() {
        assertThat(Visible.line("a\u001b[31mb\rc\u0085d\u202ee\u2066f\u0000g"))
                .isEqualTo("a\\u001b[31mb\\u000dc\\u0085d\\u202ee\\u2066f\\u0000g");
        assertThat(Visible.line("two\nlines\ttab")).isEqualTo("two\\u000alines\\u0009tab");
        assertThat(Visible.lines("two\nlines\ttab\u001b")).isEqualTo("two\nlines\ttab\\u001b");
        assertThat(Visible.line("Zürich – 95% CI")).isEqualTo("Zürich – 95% CI");
    }

    @Test
    void quotesAShortExcerptOfAHugeCell() {
        String cell = "SECRET=" + "x".repeat(1_000_000);

        assertThat(Visible.quote(cell)).hasSize(62).startsWith("'SECRET=xxx").endsWith("x…'");
        assertThat(Visible.quote("line\r\n  break")).isEqualTo("'line break'");
    }

    @Test
    void problemsPrintNoRawControlCharacters() {
        Problem p = new Problem(Where.of("data/f\u001b.csv", 3), "column 'g' is '\u001b[2J'; expected a number");

        assertThat(p.toString()).isEqualTo("error: data/f\\u001b.csv:3: column 'g' is '\\u001b[2J'; expected a number")
                .doesNotContain("\u001b");
    }
}

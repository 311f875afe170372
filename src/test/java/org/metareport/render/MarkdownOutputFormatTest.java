package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownOutputFormatTest {
    @Test
    void escapesMarkupSoHostileLabelsStayText() {
        String hostile = "<script>alert(1)</script> & \"x\" *bold* [link](http://x) | pipe";
        String md = MarkdownOutputFormat.escape(hostile);
        assertThat(md).as("escaped label")
                .isEqualTo("\\<script\\>alert(1)\\</script\\> \\& \"x\" \\*bold\\* \\[link\\](http&#58;//x) \\| pipe");
    }

    @Test
    void turnsLineBreaksIntoSpaces() {
        assertThat(MarkdownOutputFormat.escape("a\nb\r\nc")).as("no line breaks in cells").isEqualTo("a b c");
    }

    @Test
    void leavesNumbersAlone() {
        assertThat(MarkdownOutputFormat.escape("\u22120.71 [0.22, 0.64]")).as("numbers and brackets")
                .isEqualTo("\u22120.71 \\[0.22, 0.64\\]");
        assertThat(MarkdownOutputFormat.escape("0.32")).as("plain number").isEqualTo("0.32");
    }
}

package org.metareport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PageSizeTest {
    @Test
    void givesTheIsoAndUsSizesInPoints() {
        assertThat(PageSize.A4.widthPt()).as("A4 width").isCloseTo(595.276, within(0.001));
        assertThat(PageSize.A4.heightPt()).as("A4 height").isCloseTo(841.890, within(0.001));
        assertThat(PageSize.LETTER.widthPt()).as("Letter width").isCloseTo(612, within(1e-9));
        assertThat(PageSize.LETTER.heightPt()).as("Letter height").isCloseTo(792, within(1e-9));
    }

    @Test
    void printsForestTextOfTwelvePixelsAtSevenPointsOrMore() {
        // a forest plot is 800 px wide and printed across the text block; its smallest text is 12 px
        for (PageSize page : PageSize.values()) {
            assertThat(page.figureWidthMm()).as("%s text block", page).isEqualTo(PrintStylesheet.contentWidthMm(page));
            assertThat(page.figureHeightMm()).as("%s figure height", page).isEqualTo(PrintStylesheet.maxFigureHeightMm(page));
            double pt = 12 * page.figureWidthMm() / 25.4 * 72 / 800;
            assertThat(pt).as("%s: 12 px in points", page).isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void readsNamesInAnyCase() {
        assertThat(PageSize.fromName("a4")).as("a4").isEqualTo(PageSize.A4);
        assertThat(PageSize.fromName(" Letter ")).as("Letter").isEqualTo(PageSize.LETTER);
    }

    @Test
    void listsTheValidNamesForAnUnknownOne() {
        assertThatThrownBy(() -> PageSize.fromName("legal")).as("legal")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown page size 'legal'; use one of a4, letter");
    }

    @Test
    void putsThePageSizeInTheStylesheet() {
        assertThat(PrintStylesheet.css(PageSize.A4)).as("A4").contains("size: 210.00mm 297.00mm;");
        assertThat(PrintStylesheet.css(PageSize.LETTER)).as("Letter").contains("size: 215.90mm 279.40mm;");
    }
}

package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An inline SVG spliced into the serialised page reads exactly as the same SVG parsed into the page. */
class InlineSvgTest {
    static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "viewBox=\"0 0 10 10\" width=\"10\"><title>Smith &amp; Jones &lt;2020&gt; “τ²”</title>"
            + "<g class=\"row\"><line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"/><text x=\"1\" y=\"2\" "
            + "font-family=\"'DejaVu Sans'\">a &lt;script&gt; b\u00a0c</text><circle r=\"1\"/></g></svg>\n";

    @Test
    void splicedPageEqualsThePageWithTheSvgParsedIntoIt() {
        String markdown = "# T\n\ntext\n\n![Figure 1. A <b> & c](figures/a.svg)\n\nmore\n\n![Figure 2. B](figures/b.svg)\n";
        var figures = java.util.Map.of("figures/a.svg", SVG.getBytes(StandardCharsets.UTF_8),
                "figures/b.svg", SVG.replace("Smith", "Doe").getBytes(StandardCharsets.UTF_8));
        String page = new HtmlWriter().write(markdown, "T", "p{}", figures, HtmlWriter.Mode.BROWSER);

        var doc = HtmlWriter.settings(Jsoup.parse(page));
        assertThat(doc.select("figure > svg")).as("both figures inline").hasSize(2);
        assertThat(page).as("no placeholder left").doesNotContain(HtmlWriter.SVG_SLOT);
        assertThat(page).contains("Smith &amp; Jones &lt;2020&gt;", "Doe &amp; Jones");

        Element figure = HtmlWriter.settings(Jsoup.parse("")).body().appendElement("figure");
        figure.append(SVG.replaceFirst("^<\\?xml[^>]*>\\s*", ""));
        assertThat(page).as("the SVG as jsoup writes it inside the page").contains(figure.html() + "<figcaption>");
    }

    @Test
    void aFigureSeenBeforeIsNotParsedAgainAndReadsTheSame() {
        String first = InlineSvg.html(SVG.getBytes(StandardCharsets.UTF_8));
        String again = InlineSvg.html(SVG.getBytes(StandardCharsets.UTF_8));
        assertThat(again).as("remembered").isSameAs(first);
        assertThat(InlineSvg.splice("<p><!--" + HtmlWriter.SVG_SLOT + "0--></p><!--x-->", List.of("<svg>$1\\</svg>")))
                .as("replacement text taken literally").isEqualTo("<p><svg>$1\\</svg></p><!--x-->");
    }
}

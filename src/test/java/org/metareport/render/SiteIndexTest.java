package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteIndexTest {
    private static Document index(String folder, String title) {
        return Jsoup.parse(SiteIndex.html("Reports", List.of(
                new SiteIndex.Entry(folder, title, 1, 3, List.of("report.html", "report.pdf")))));
    }

    @Test
    void linksAFolderNamedLikeAScriptUrlAsAFolder() {
        Document doc = index("javascript:alert(document.domain)", "T");
        assertThat(doc.select("a").eachAttr("href")).as("relative, percent-encoded").containsExactly(
                "./javascript%3Aalert%28document.domain%29/report.html",
                "./javascript%3Aalert%28document.domain%29/report.html",
                "./javascript%3Aalert%28document.domain%29/report.pdf");
        assertThat(doc.select("a").eachAttr("abs:href")).as("no scheme of its own").allMatch(h -> h.isEmpty());
    }

    @Test
    void keepsQuotesSpacesAndDotsInsideThePath() {
        Document doc = index("a\" onmouseover=\"alert(1) ..", "<b>T</b>");
        assertThat(doc.select("[onmouseover]")).as("no attribute injected").isEmpty();
        assertThat(doc.selectFirst("a").attr("href")).as("encoded")
                .isEqualTo("./a%22%20onmouseover%3D%22alert%281%29%20../report.html");
        assertThat(doc.selectFirst("a").text()).as("title as text").isEqualTo("<b>T</b>");
        assertThat(index("..", "T").selectFirst("a").attr("href")).as("never up").isEqualTo("./%2E%2E/report.html");
        assertThat(index("Ünï code/x", "T").selectFirst("a").attr("href")).as("UTF-8")
                .isEqualTo("./%C3%9Cn%C3%AF%20code%2Fx/report.html");
    }

    @Test
    void keepsOrdinaryFolderNamesReadable() {
        assertThat(index("school-based_mh.v2", "T").selectFirst("a").attr("href"))
                .isEqualTo("./school-based_mh.v2/report.html");
    }
}

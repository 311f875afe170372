package org.metareport.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.metareport.render.MarkdownOutputFormat;
import org.metareport.render.pdf.PageSize;

/** The Markdown-to-Word mapping, read back with {@link DocxReader} (zip + DOM, not POI). */
class DocxWriterTest {
    static final DocxWriter A4 = new DocxWriter(PageSize.A4);

    static DocxReader write(String markdown, Map<String, DocxWriter.Picture> pictures) throws Exception {
        return new DocxReader(A4.write(markdown, "T", List.of("A", "B"), pictures));
    }

    static DocxWriter.Picture png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new DocxWriter.Picture(out.toByteArray(), width, height);
    }

    @Test
    void mapsHeadingsToWordHeadingStyles() throws Exception {
        DocxReader d = write("# Title\n\n## Methods\n\n### three-level\n\n#### Deeper\n\nText.\n", Map.of());
        assertThat(d.paragraphs).as("paragraphs").containsExactly(new DocxReader.Paragraph("Title", "Title"),
                new DocxReader.Paragraph("Heading1", "Methods"), new DocxReader.Paragraph("Heading2", "three-level"),
                new DocxReader.Paragraph("Heading3", "Deeper"), new DocxReader.Paragraph("", "Text."));
        assertThat(d.entryText("word/styles.xml")).as("heading 1 is Word's built-in name, with an outline level")
                .contains("w:styleId=\"Heading1\"", "w:val=\"heading 1\"", "w:outlineLvl w:val=\"0\"",
                        "w:val=\"caption\"", "w:ascii=\"Calibri\"");
    }

    @Test
    void keepsTextAsTheMarkdownShowsIt() throws Exception {
        String md = "The pooled estimate was −0.71, 95% CI [−1.07, −0.36], *z* = −3.97, *p* < .001.\n"
                + "Heterogeneity: *τ*² = 0.31, *Q*<sub>E</sub> = 12.\n";
        DocxReader d = write(md, Map.of());
        assertThat(d.paragraphs.get(0).text()).as("text with brackets, Greek and minus signs")
                .isEqualTo("The pooled estimate was −0.71, 95% CI [−1.07, −0.36], z = −3.97, p < .001. "
                        + "Heterogeneity: τ² = 0.31, QE = 12.");
        String xml = d.entryText("word/document.xml");
        assertThat(xml).as("italic statistic and subscript E").contains("<w:i w:val=\"on\"/>").contains("<w:vertAlign w:val=\"subscript\"/>").doesNotContain("<w:vertAlign/>");
    }

    @Test
    void showsEscapedDataAsTextNeverAsMarkupOrFields() throws Exception {
        String label = "<script>alert(1)</script> & \"x\" *stars* [a](b) {SEQ x} O'Brien | Müller (τ²)";
        String md = "# " + MarkdownOutputFormat.escape("Hostile <b>title</b> & *stars*") + "\n\nStudy "
                + MarkdownOutputFormat.escape(label) + ".\n\nLink [x](javascript:alert(1)) and [y](https://example.org).\n";
        DocxReader d = write(md, Map.of());
        assertThat(d.texts("Title")).as("title").containsExactly("Hostile <b>title</b> & *stars*");
        assertThat(d.paragraphs.get(1).text()).as("label as text").isEqualTo("Study " + label + ".");
        String xml = d.entryText("word/document.xml");
        assertThat(xml).as("no markup from data").doesNotContain("<script", "<b>").contains("&lt;script&gt;");
        assertThat(d.instructions).as("no field from data").isEmpty();
        String rels = d.entryText("word/_rels/document.xml.rels");
        assertThat(rels).as("only the https link is a hyperlink").contains("https://example.org")
                .doesNotContain("javascript");
        assertThat(d.paragraphs.get(2).text()).as("link texts").isEqualTo("Link x and y.");
    }

    @Test
    void writesRunPropertiesInTheSchemasOrder() throws Exception {
        String xml = write("**`manifest.json`** and *[x](https://example.org)*\n", Map.of()).entryText("word/document.xml");
        assertThat(xml).as("rStyle before b (Word reads rPr as a sequence)")
                .contains("<w:rPr><w:rStyle w:val=\"VerbatimChar\"/><w:b w:val=\"on\"/></w:rPr>")
                .contains("<w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:i w:val=\"on\"/></w:rPr>");
    }

    @Test
    void replacesCharactersXmlCannotHold() throws Exception {
        DocxReader d = write("Bell \u0007 and NUL \u0000 and lone \uD800 end\n", Map.of());
        assertThat(d.paragraphs.get(0).text()).as("still a valid document; the characters shown as U+FFFD")
                .isEqualTo("Bell \uFFFD and NUL \uFFFD and lone \uFFFD end");
    }

    @Test
    void writesTablesAsWordTablesWithRepeatedHeaderAndNumberedCaption() throws Exception {
        String md = "Table: **Table 1.** *Model coefficients of “x”*\n\n| Term | Estimate |\n|:--|--:|\n"
                + "| intercept | −0.71 |\n| ablat | 0.03 |\n\nTable: **Table 2.** *Second*\n\n| a |\n|---|\n| 1 |\n";
        DocxReader d = write(md, Map.of());
        assertThat(d.tables).as("tables").hasSize(2);
        assertThat(d.tables.get(0).rows()).as("cells").containsExactly(List.of("Term", "Estimate"),
                List.of("intercept", "−0.71"), List.of("ablat", "0.03"));
        assertThat(d.tables.get(0).header()).as("header row repeats on each page").containsExactly(true, false, false);
        assertThat(d.texts("Caption")).as("captions").containsExactly("Table 1. Model coefficients of “x”",
                "Table 2. Second");
        assertThat(d.instructions).as("SEQ fields").containsExactly(" SEQ Table \\* ARABIC ", " SEQ Table \\* ARABIC ");
        assertThat(d.entryText("word/document.xml")).as("right-aligned number column").contains("w:jc w:val=\"right\"");
    }

    @Test
    void keepsAnOutOfOrderCaptionAsWrittenWithoutAField() throws Exception {
        DocxReader d = write("Table: **Table 7.** *Odd*\n\n| a |\n|---|\n| 1 |\n", Map.of());
        assertThat(d.texts("Caption")).as("caption as written").containsExactly("Table 7. Odd");
        assertThat(d.instructions).as("a SEQ field would show 1").isEmpty();
    }

    @Test
    void embedsFiguresWithAltTextAndNumberedCaption() throws Exception {
        DocxWriter.Picture wide = png(1600, 400);
        String md = "![Figure 1. Forest plot of “x”.](figures/forest-x.svg)\n\n![Figure 2. Not ours.](../secret.png)\n";
        DocxReader d = write(md, Map.of("figures/forest-x.svg", wide));
        assertThat(d.pictures).as("one embedded picture").hasSize(1);
        assertThat(d.pictures.get(0).description()).as("alt text").isEqualTo("Figure 1. Forest plot of “x”.");
        long textWidth = (11906 - 2 * 1440) * 635L;
        assertThat(d.pictures.get(0).cx()).as("shrunk to the text width").isBetween(textWidth - 635, textWidth);
        assertThat(d.pictures.get(0).cy() * 4).as("aspect kept").isCloseTo(d.pictures.get(0).cx(),
                org.assertj.core.data.Offset.offset(4L));
        assertThat(d.entries.keySet()).as("the PNG is in the package").contains("word/media/image1.png");
        assertThat(d.entries.get("word/media/image1.png")).as("its bytes").isEqualTo(wide.png());
        assertThat(d.texts("Caption")).as("captions").containsExactly("Figure 1. Forest plot of “x”.");
        assertThat(d.texts("")).as("an image that is not a figure of the run shows as its alt text")
                .containsExactly("Figure 2. Not ours.");
        assertThat(d.instructions).as("SEQ field").containsExactly(" SEQ Figure \\* ARABIC ");
    }

    @Test
    void writesListsWithWordNumbering() throws Exception {
        DocxReader d = write("- one\n- two\n\n1. first\n2. second\n", Map.of());
        assertThat(d.texts("ListParagraph")).as("items").containsExactly("one", "two", "first", "second");
        String xml = d.entryText("word/document.xml");
        assertThat(xml).as("numbered paragraphs").contains("<w:numPr>");
        assertThat(d.entryText("word/numbering.xml")).as("two lists").contains("w:numId=\"1\"", "w:numId=\"2\"");
    }

    @Test
    void laysOutThePageAsAsked() throws Exception {
        String a4 = new DocxReader(A4.write("x\n", "T", List.of(), Map.of())).entryText("word/document.xml");
        String letter = new DocxReader(new DocxWriter(PageSize.LETTER).write("x\n", "T", List.of(), Map.of()))
                .entryText("word/document.xml");
        assertThat(a4).as("A4").contains("w:w=\"11906\"", "w:h=\"16838\"");
        assertThat(letter).as("Letter").contains("w:w=\"12240\"", "w:h=\"15840\"");
    }

    @Test
    void writesTheSameBytesForTheSameInput() throws Exception {
        String md = "# T\n\nTable: **Table 1.** *c*\n\n| a |\n|---|\n| 1 |\n\n![Figure 1. f](figures/f.svg)\n";
        Map<String, DocxWriter.Picture> pictures = Map.of("figures/f.svg", png(40, 30));
        byte[] first = A4.write(md, "T", List.of("A"), pictures);
        Thread.sleep(2100);                                            // a zip time stamp has 2-second steps
        byte[] second = new DocxWriter(PageSize.A4).write(md, "T", List.of("A"), pictures);
        assertThat(second).as("bytes of two writes").isEqualTo(first);
        DocxReader d = new DocxReader(first);
        assertThat(d.entryOrder.get(0)).as("content types first").isEqualTo("[Content_Types].xml");
        assertThat(d.zipEntries).as("entry times").allSatisfy(e -> assertThat(e.getTimeLocal())
                .isEqualTo(ReproducibleZip.TIME));
        assertThat(d.entryText("docProps/core.xml")).as("no creation date").doesNotContain("created")
                .contains("<dc:title>T</dc:title>", "<dc:creator>A</dc:creator>");
        // a PNG is compressed already: stored as it is; the XML parts are deflated
        assertThat(d.zipEntries).filteredOn(e -> e.getName().endsWith(".png")).as("pictures").isNotEmpty()
                .allSatisfy(e -> assertThat(e.getMethod()).as(e.getName()).isEqualTo(java.util.zip.ZipEntry.STORED));
        assertThat(d.zipEntries).filteredOn(e -> e.getName().endsWith(".xml")).as("XML parts").isNotEmpty()
                .allSatisfy(e -> assertThat(e.getMethod()).as(e.getName()).isEqualTo(java.util.zip.ZipEntry.DEFLATED));
    }
}

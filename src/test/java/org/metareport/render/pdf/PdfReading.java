package org.metareport.render.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** Reads back what a test PDF holds, with PDFBox: text per page, fonts, images and where they are drawn. */
final class PdfReading {
    private PdfReading() {}

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** All text, sorted by position (P10: otherwise bold runs move to the line's end). */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = load(pdf)) {
            return stripper().getText(doc);
        }
    }

    /** Text of each page, in page order. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument doc = load(pdf)) {
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = stripper();
                s.setStartPage(p);
                s.setEndPage(p);
                pages.add(s.getText(doc));
            }
            return pages;
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        return s;
    }

    /** Base font names of every font used on any page, e.g. {@code ABCDEF+DejaVuSans-Bold}. */
    static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!names.contains(font.getName())) names.add(font.getName());
                }
            }
        }
        return names;
    }

    /** Image XObjects in a page's resources. */
    static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject image) images.add(image);
        }
        return images;
    }

    /** Where each image is drawn on a page, in PDF points from the bottom-left corner. */
    static List<Rectangle2D> imagePlacements(PDPage page) throws IOException {
        List<Rectangle2D> placed = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            @Override public void drawImage(PDImage image) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                placed.add(new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()));
            }
            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}
            @Override public void clip(int windingRule) {}
            @Override public void moveTo(float x, float y) {}
            @Override public void lineTo(float x, float y) {}
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() {}
            @Override public void endPath() {}
            @Override public void strokePath() {}
            @Override public void fillPath(int windingRule) {}
            @Override public void fillAndStrokePath(int windingRule) {}
            @Override public void shadingFill(COSName shadingName) {}
        }.processPage(page);
        return placed;
    }

    /** Right edge (in points) of each text line on page 1 that is exactly one of {@code words}. */
    static List<Float> rightEdges(byte[] pdf, List<String> words) throws IOException {
        List<Float> edges = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override protected void writeString(String text, List<TextPosition> positions) {
                    if (words.contains(text.strip())) {
                        TextPosition last = positions.get(positions.size() - 1);
                        edges.add(last.getXDirAdj() + last.getWidthDirAdj());
                    }
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(doc);
        }
        return edges;
    }

    /** The right-most extent (in points) of any glyph on any page. */
    static float maxTextX(byte[] pdf) throws IOException {
        float[] max = {0};
        try (PDDocument doc = load(pdf)) {
            new PDFTextStripper() {
                @Override protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) max[0] = Math.max(max[0], p.getXDirAdj() + p.getWidthDirAdj());
                }
            }.getText(doc);
        }
        return max[0];
    }

    /** Left edge (in points) of each text run on page 1 that is exactly one of {@code words}. */
    static List<Float> leftEdges(byte[] pdf, List<String> words) throws IOException {
        List<Float> edges = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override protected void writeString(String text, List<TextPosition> positions) {
                    if (words.contains(text.strip())) edges.add(positions.get(0).getXDirAdj());
                }
            };
            s.setSortByPosition(true);
            s.setStartPage(1);
            s.setEndPage(1);
            s.getText(doc);
        }
        return edges;
    }

    /** Writes a PNG of {@code width × height} pixels (a dark frame on white), with its resolution if {@code dpi > 0}. */
    static Path png(Path file, int width, int height, double dpi) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean edge = x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
                image.setRGB(x, y, edge ? 0x203060 : 0xFFFFFF);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            if (dpi > 0) {
                // the native pHYs chunk: the JDK's PNG writer misreads the standard tree's HorizontalPixelSize
                IIOMetadataNode phys = new IIOMetadataNode("pHYs");
                String perMetre = Long.toString(Math.round(dpi / 0.0254));
                phys.setAttribute("pixelsPerUnitXAxis", perMetre);
                phys.setAttribute("pixelsPerUnitYAxis", perMetre);
                phys.setAttribute("unitSpecifier", "meter");
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
                root.appendChild(phys);
                metadata.mergeTree("javax_imageio_png_1.0", root);
            }
            writer.write(null, new IIOImage(image, null, metadata), null);
        } finally {
            writer.dispose();
        }
        return file;
    }
}

package org.metareport.render.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Gives every local raster image an explicit size that fits the page, before Flying Saucer lays it out.
 *
 * <p>A figure is drawn at its own size (from the PNG's resolution, or 96 px per inch if it has none), made
 * narrower if it is wider than the text block, and then made smaller, keeping its proportions, if it is
 * taller than a page less room for a caption. An image is never cut across pages (Flying Saucer cannot split
 * one) and never runs off the page. A tall forest plot therefore ends up on one page at a smaller scale; when
 * that shrinks it below two thirds of its width-fitted size, {@link #fit} reports it and says how many pixel
 * rows fit on one page, so the figure can be drawn as several images instead.
 *
 * <p>Flying Saucer ignores {@code max-width}/{@code max-height} on images, hence this pass. Images whose
 * HTML already sets a width or height are left alone (the stylesheet still narrows them to the text block).
 */
final class FigureFitter {
    /** A CSS pixel: the size of an image pixel when the file does not give its resolution. */
    static final double DEFAULT_DPI = 96.0;
    /** Below this fraction of its width-fitted size, a figure's text is too small to read comfortably. */
    static final double LEGIBLE_SHRINK = 2.0 / 3.0;

    private static final Pattern AUTHOR_SIZE = Pattern.compile("(?i)(^|[;\\s])(max-|min-)?(width|height)\\s*:");

    private final Path base;
    private final PageSize page;

    /** @param base the report folder, as a real path */
    FigureFitter(Path base, PageSize page) {
        this.base = base;
        this.page = page;
    }

    /** An image file's size in pixels and its resolution in dots per inch. */
    record Pixels(int width, int height, double dpi) {}

    /**
     * Sizes the images in one document, in place.
     *
     * @param body the document (or any element holding the images)
     * @return one warning per figure shrunk to less than {@link #LEGIBLE_SHRINK} to fit a page, in document order
     */
    List<String> fit(Element body) {
        List<String> warnings = new ArrayList<>();
        for (Element img : body.select("img[src]")) {
            markFigureParagraph(img);
            if (img.hasAttr("width") || img.hasAttr("height") || AUTHOR_SIZE.matcher(img.attr("style")).find()) continue;
            String src = img.attr("src");
            Optional<Pixels> pixels = localFile(src).flatMap(FigureFitter::pixels);
            if (pixels.isEmpty()) continue; // remote, missing or not raster: the user agent reports it
            Pixels px = pixels.get();

            double widthMm = px.width() / px.dpi() * 25.4;
            double heightMm = px.height() / px.dpi() * 25.4;
            double maxWidth = PrintStylesheet.contentWidthMm(page);
            double maxHeight = PrintStylesheet.maxFigureHeightMm(page);
            if (widthMm > maxWidth) {
                heightMm *= maxWidth / widthMm;
                widthMm = maxWidth;
            }
            if (heightMm > maxHeight) {
                double shrink = maxHeight / heightMm;
                if (shrink < LEGIBLE_SHRINK) {
                    warnings.add(String.format(Locale.ROOT, "figure '%s' (%d × %d px) is too tall for a page and is drawn "
                            + "at %d%% of its width-fitted size, so its text is smaller; to keep it readable, split it "
                            + "into images at most %d px tall", src, px.width(), px.height(),
                            Math.round(shrink * 100), (long) Math.floor(px.height() * shrink)));
                }
                widthMm *= shrink;
                heightMm = maxHeight;
            }
            String style = img.attr("style").strip();
            img.attr("style", String.format(Locale.ROOT, "width: %.2fmm; height: %.2fmm;", widthMm, heightMm)
                    + (style.isEmpty() ? "" : " " + style));
        }
        return warnings;
    }

    /** Marks {@code <p><img></p>}, flexmark's rendering of a Markdown image on its own line, as a figure. */
    private static void markFigureParagraph(Element img) {
        Element parent = img.parent();
        if (parent == null || !parent.nameIs("p")) return;
        for (Node child : parent.childNodes()) {
            if (child != img && !(child instanceof TextNode text && text.isBlank())) return;
        }
        parent.addClass(PrintStylesheet.FIGURE_PARAGRAPH_CLASS);
    }

    /** The file an image source names, if it is a relative or {@code file:} address inside the report folder. */
    private Optional<Path> localFile(String src) {
        try {
            URI uri = base.toUri().resolve(src.strip());
            if (!"file".equalsIgnoreCase(uri.getScheme())) return Optional.empty();
            Path file = Path.of(uri).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) return Optional.empty();
            Path real = file.toRealPath();
            return real.startsWith(base) ? Optional.of(real) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty(); // not a URI, or vanished: Flying Saucer will not load it either
        }
    }

    /** Reads only the image header and metadata, not the pixels. */
    static Optional<Pixels> pixels(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) return Optional.empty();
                return Optional.of(new Pixels(width, height, dpi(reader.getImageMetadata(0))));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a broken file: OpenPDF will refuse it too, and the image is left out
        }
    }

    /** Horizontal resolution from the format-neutral metadata (PNG pHYs, JPEG JFIF), if plausible. */
    private static double dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) return DEFAULT_DPI;
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        var nodes = root.getElementsByTagName("HorizontalPixelSize");
        if (nodes.getLength() == 0) return DEFAULT_DPI;
        try {
            double mmPerPixel = Double.parseDouble(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
            double dpi = 25.4 / mmPerPixel;
            return dpi >= 36 && dpi <= 2400 ? dpi : DEFAULT_DPI;
        } catch (NumberFormatException e) {
            return DEFAULT_DPI;
        }
    }
}

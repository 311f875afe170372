package org.metareport.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import com.lowagie.text.Image;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler;
import org.xhtmlrenderer.util.Configuration;
import org.xhtmlrenderer.util.ImageUtil;

/**
 * Flying Saucer's user agent limited to the report folder: images, stylesheets and fonts load only from
 * {@code file:} URIs inside the base folder (after resolving {@code ..} and symbolic links), so writing a
 * PDF never touches the network or other files. {@code data:} images still work (Flying Saucer decodes them
 * itself), and so does Flying Saucer's own default stylesheet, read from its jar. Anything else is left out
 * of the PDF and reported by {@link #skipped()}.
 *
 * <p>SVG files are refused too: Flying Saucer rasterises them slowly through Batik, which can fetch what
 * they link to. The PDF gets PNG figures.
 *
 * <p>Every file read is also fed, with its path, into a digest, so the PDF's /ID depends on the figures as
 * well as on the HTML.
 */
final class ConfinedUserAgent extends ITextUserAgent {
    /** Flying Saucer's user-agent stylesheet (display: none for head, bold th...), read from its own jar. */
    private static final String DEFAULT_CSS = Objects.requireNonNull(XhtmlCssOnlyNamespaceHandler.class.getResource(
            Configuration.valueFor("xr.css.user-agent-default-css") + "XhtmlNamespaceHandler.css"),
            "Flying Saucer's default stylesheet is missing from the class path").toString();
    private static final String UNREADABLE = "cannot be read as an image; give a PNG";
    private static final String NOT_LOCAL = "not a local file; only files in the report folder are read";

    private final Path base;
    private final MessageDigest digest;
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Set<String> skippedUris = new HashSet<>();
    /** PNGs loaded by {@link #passThrough}, by resolved URI. */
    private final Map<String, ITextFSImage> pngs = new HashMap<>();
    private final int dotsPerPixel;

    /**
     * @param base   the report folder, as a real path (see {@link Path#toRealPath})
     * @param digest receives each file's path relative to {@code base} and its bytes, in load order
     */
    ConfinedUserAgent(ITextOutputDevice device, int dotsPerPixel, Path base, MessageDigest digest) {
        super(device, dotsPerPixel);
        this.dotsPerPixel = dotsPerPixel;
        this.base = base;
        this.digest = digest;
    }

    /** @return one line per resource left out, in the order first met, e.g. {@code 'http://x/y.png': not a local file; ...} */
    List<String> skipped() {
        return new ArrayList<>(skipped);
    }

    /**
     * Loads an image, or reports it and gives an empty resource (drawn as nothing) if it cannot be read: OpenPDF
     * throws a NullPointerException on a truncated PNG, which would otherwise abort the whole PDF.
     */
    @Override
    public ImageResource getImageResource(String uri) {
        ImageResource resource;
        try {
            resource = passThrough(uri);
            if (resource == null) resource = super.getImageResource(uri);
        } catch (RuntimeException e) {
            skip(uri, UNREADABLE);
            return new ImageResource(uri, null);
        }
        if (resource.getImage() == null && !skippedUris.contains(resolveURI(uri)) && !skippedUris.contains(uri)) {
            skip(uri, UNREADABLE);
        }
        return resource;
    }

    /**
     * A PNG from the report folder, loaded once and copied for each use as Flying Saucer does: a figure as
     * {@link PngPassThrough} embeds it (its compressed data as they are), another PNG decoded by OpenPDF as Flying
     * Saucer would; null for anything else (a data: URI, another kind of image, a file that cannot be read), which
     * the caller then loads the usual way.
     */
    private ImageResource passThrough(String uri) {
        if (ImageUtil.isEmbeddedBase64Image(uri)) return null;
        String resolved = resolveURI(uri);
        if (resolved == null || !resolved.toLowerCase(Locale.ROOT).endsWith(".png")) return null;
        ITextFSImage image = pngs.get(resolved);
        if (image == null) {
            byte[] bytes;
            try (InputStream in = openStream(resolved)) {
                bytes = in.readAllBytes();
            } catch (IOException | RuntimeException e) {
                return null;   // the usual way reports it (skip() has recorded why)
            }
            try {
                Image png = PngPassThrough.image(bytes);
                if (png == null) png = Image.getInstance(bytes);
                if (dotsPerPixel != 1) png.scaleAbsolute(png.getPlainWidth() * dotsPerPixel, png.getPlainHeight() * dotsPerPixel);
                image = new ITextFSImage(png);
            } catch (IOException | RuntimeException e) {
                skip(uri, UNREADABLE);
                return new ImageResource(uri, null);
            }
            pngs.put(resolved, image);
        }
        return new ImageResource(resolved, (ITextFSImage) image.clone());
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (uri.equals(DEFAULT_CSS)) return new URL(uri).openStream(); // from the jar; the same for every PDF
        Path file = local(uri);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw skip(uri, "not found");
        }
        if (looksLikeSvg(bytes)) throw skip(uri, "SVG is not embedded in PDF output; give a PNG");
        digest.update(base.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(new byte[] {0});
        digest.update(bytes);
        return new ByteArrayInputStream(bytes);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        throw skip(uri, NOT_LOCAL); // openStream never calls this; shut for any other caller
    }

    /** The file a URI names, if it is a {@code file:} URI inside the base folder. */
    private Path local(String uri) throws IOException {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw skip(uri, "not a valid address");
        }
        if (!"file".equalsIgnoreCase(parsed.getScheme())) throw skip(uri, NOT_LOCAL);
        Path file;
        try {
            file = Path.of(parsed).normalize();
        } catch (IllegalArgumentException e) {
            throw skip(uri, "not a valid file address");
        }
        if (!file.startsWith(base)) throw skip(uri, "outside the report folder");
        try {
            file = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw skip(uri, "not found");
        }
        if (!file.startsWith(base)) throw skip(uri, "outside the report folder"); // a symbolic link out
        return file;
    }

    private FileNotFoundException skip(String uri, String why) {
        skippedUris.add(uri);
        skipped.add(String.format(Locale.ROOT, "'%s': %s", shown(uri), why));
        return new FileNotFoundException(uri + " " + why);
    }

    /** A URI as the HTML most likely spelt it (relative to the report folder when inside it), cut to 100 characters. */
    private String shown(String uri) {
        String shown = unresolved(uri);
        return shown.length() <= 100 ? shown : shown.substring(0, 99) + "…"; // a data: URI can be megabytes long
    }

    private String unresolved(String uri) {
        try {
            URI parsed = new URI(uri);
            if ("file".equalsIgnoreCase(parsed.getScheme())) {
                Path file = Path.of(parsed).normalize();
                if (file.startsWith(base)) return base.relativize(file).toString().replace('\\', '/');
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a file address: show it as written
        }
        return uri;
    }

    /** XML whose first kilobyte opens an svg element (CSS, fonts and raster images never start with '<'). */
    private static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "") // a UTF-8 byte order mark, read as Latin-1
                .strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<") && head.contains("<svg");
    }
}

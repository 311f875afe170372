package org.metareport.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A PNG of the kind the figures stage writes (8-bit grey or RGB, not interlaced) as a PDF image that keeps the PNG's own
 * compressed data: PDF's Flate filter with the PNG predictors reads it as it is, so nothing is decoded. OpenPDF's
 * own loader decodes every image to pixels through ImageIO and keeps them until the document is done: about 30 MB
 * for one tall forest plot, hundreds of MB for a review of twenty analyses. Any other PNG gives null (the caller
 * loads it the usual way).
 */
final class PngPassThrough {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int GREY = 0;
    private static final int RGB = 2;

    private PngPassThrough() {}

    /** The image with the PNG's compressed pixel data, or null when the PNG is not 8-bit grey or RGB without interlace. */
    static Image image(byte[] png) {
        if (png.length < SIGNATURE.length + 25) return null;
        for (int i = 0; i < SIGNATURE.length; i++) if (png[i] != SIGNATURE[i]) return null;
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(SIGNATURE.length);
        int width = -1, height = -1, colours = 0;
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        boolean ended = false;
        while (b.remaining() >= 12 && !ended) {
            int length = b.getInt();
            byte[] typeBytes = new byte[4];
            b.get(typeBytes);
            String type = new String(typeBytes, StandardCharsets.US_ASCII);
            if (length < 0 || length > b.remaining() - 4) return null;
            int start = b.position();
            switch (type) {
                case "IHDR" -> {
                    if (length != 13) return null;
                    width = b.getInt(start);
                    height = b.getInt(start + 4);
                    int depth = png[start + 8], colour = png[start + 9], compression = png[start + 10],
                            filter = png[start + 11], interlace = png[start + 12];
                    if (depth != 8 || (colour != GREY && colour != RGB) || compression != 0 || filter != 0
                            || interlace != 0) return null;
                    colours = colour == GREY ? 1 : 3;
                }
                case "IDAT" -> idat.write(png, start, length);
                case "PLTE", "tRNS" -> {
                    return null;   // a palette or transparency: not the figures' kind
                }
                case "IEND" -> ended = true;
                default -> { }
            }
            b.position(start + length + 4);   // skip the data and the CRC
        }
        if (!ended || width <= 0 || height <= 0 || colours == 0 || idat.size() == 0) return null;
        try {
            Image image = Image.getInstance(width, height, colours, 8, idat.toByteArray());
            image.setDeflated(true);
            PdfDictionary parameters = new PdfDictionary();
            parameters.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            parameters.put(PdfName.PREDICTOR, new PdfNumber(15));
            parameters.put(PdfName.COLUMNS, new PdfNumber(width));
            parameters.put(PdfName.COLORS, new PdfNumber(colours));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, parameters);
            image.setAdditional(additional);
            return image;
        } catch (BadElementException e) {
            return null;
        }
    }
}

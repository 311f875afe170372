package org.metareport.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a zip (a .docx) so the same content gives the same bytes: entries in a fixed order ({@code
 * [Content_Types].xml} first, as Office writes it, then by name), each with the same local time (2000-01-01 00:00, no
 * time zone involved) and no extra fields, deflated at the default level, except pictures that are compressed already
 * (PNG), which are stored as they are: deflating them again costs time and saves nothing.
 */
final class ReproducibleZip {
    static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    static final String CONTENT_TYPES = "[Content_Types].xml";

    private ReproducibleZip() {}

    /** A zip of these entries (name → bytes), in the fixed order, with the fixed time. */
    static byte[] write(Map<String, byte[]> parts) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(CONTENT_TYPES) ? -1 : b.equals(CONTENT_TYPES) ? 1 : a.compareTo(b));
        entries.putAll(parts);
        int size = 1024;
        for (byte[] b : entries.values()) size += b.length;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(TIME);
                if (compressedAlready(e.getKey())) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                }
                out.putNextEntry(entry);
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** True for an entry whose data are compressed already (a PNG picture), stored rather than deflated again. */
    static boolean compressedAlready(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".png");
    }
}

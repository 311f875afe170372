package org.metareport.fonts;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The font faces installed on the machine that can draw a character the bundled fonts lack: TrueType and OpenType
 * files (collections included) under {@link #FOLDERS}, in sorted path order, keeping only faces with outlines
 * ({@code glyf} or {@code CFF }): colour-bitmap emoji fonts cannot be drawn into a PDF or a PNG at any size.
 *
 * <p>A face is named by its location, {@code path} or {@code path,i} for the i-th face of a collection (OpenPDF's
 * spelling). The order depends only on the file names, so a machine always picks the same font for a character and
 * outputs stay byte-identical from run to run.
 */
public final class SystemFonts {
    /** Where fontconfig keeps the system's fonts on Linux; users' own font folders are left out (reproducibility). */
    public static final List<Path> FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    private SystemFonts() {}

    /** @return every usable face under {@code folders}, searched recursively, in sorted path order */
    public static List<String> faces(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(SystemFonts::isFontFile).filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable folder has no fonts for us
            }
        }
        files.sort(null);
        List<String> out = new ArrayList<>();
        for (Path file : files) out.addAll(faces(file));
        return out;
    }

    /** @return the file's faces with outlines as locations: {@code path}, or {@code path,i} in a collection */
    public static List<String> faces(Path file) {
        List<String> out = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (tag(in, 0).equals("ttcf")) {
                in.seek(8);
                int count = in.readInt();
                for (int i = 0; i < count && i < 256; i++) {
                    in.seek(12 + 4L * i);
                    long offset = in.readInt() & 0xffffffffL;
                    if (hasOutlines(in, offset)) out.add(file + "," + i);
                }
            } else if (hasOutlines(in, 0)) {
                out.add(file.toString());
            }
        } catch (IOException | RuntimeException e) {
            // not a font we can read: skipped
        }
        return out;
    }

    /** @return the file of a location from {@link #faces} */
    public static Path file(String location) {
        int comma = location.lastIndexOf(',');
        return Path.of(comma > 0 && isIndex(location.substring(comma + 1)) ? location.substring(0, comma) : location);
    }

    /** @return the face index of a location from {@link #faces}: 0 unless it names a face of a collection */
    public static int index(String location) {
        int comma = location.lastIndexOf(',');
        return comma > 0 && isIndex(location.substring(comma + 1)) ? Integer.parseInt(location.substring(comma + 1)) : 0;
    }

    /** Whether a character draws a glyph: not a space, control, format character (ZWJ) or variation selector. */
    public static boolean isVisible(int cp) {
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) return false;
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return false;
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE;
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(Character::isDigit);
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".otf") || name.endsWith(".ttc");
    }

    private static boolean hasOutlines(RandomAccessFile in, long offset) throws IOException {
        in.seek(offset + 4);
        int tables = in.readUnsignedShort();
        for (int t = 0; t < tables && t < 512; t++) {
            String tag = tag(in, offset + 12 + 16L * t);
            if (tag.equals("glyf") || tag.equals("CFF ")) return true;
        }
        return false;
    }

    private static String tag(RandomAccessFile in, long at) throws IOException {
        in.seek(at);
        byte[] b = new byte[4];
        in.readFully(b);
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}

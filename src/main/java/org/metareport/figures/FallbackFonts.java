package org.metareport.figures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.metareport.fonts.SystemFonts;

/**
 * Installed fonts that draw, in figures, the characters the bundled DejaVu lacks (Chinese, Japanese, Korean, ...):
 * for a character, the first face in {@link SystemFonts}' order that has it, so one machine always picks the same
 * font and the PNG stays byte-identical. Faces are read only when a character needs one, and each once.
 */
final class FallbackFonts {
    private static final Map<String, Optional<Font>> LOADED = new HashMap<>();
    private static final Map<Integer, Optional<Font>> BY_CHARACTER = new HashMap<>();
    private static List<String> faces;

    private FallbackFonts() {}

    /** @return the first installed face (at size 1) that has {@code cp}, or empty when none has it */
    static synchronized Optional<Font> with(int cp) {
        Optional<Font> known = BY_CHARACTER.get(cp);
        if (known != null) return known;
        if (faces == null) faces = SystemFonts.faces(SystemFonts.FOLDERS);
        Optional<Font> found = Optional.empty();
        for (String location : faces) {
            Optional<Font> f = LOADED.computeIfAbsent(location, FallbackFonts::load);
            if (f.isPresent() && f.get().canDisplay(cp)) {
                found = f;
                break;
            }
        }
        BY_CHARACTER.put(cp, found);
        return found;
    }

    private static Optional<Font> load(String location) {
        try {
            Font[] all = Font.createFonts(SystemFonts.file(location).toFile());
            int i = SystemFonts.index(location);
            return i < all.length ? Optional.of(all[i]) : Optional.empty();
        } catch (FontFormatException | IOException | RuntimeException e) {
            return Optional.empty();                          // unreadable: passed over, as the PDF does
        }
    }
}

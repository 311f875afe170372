package org.metareport.render.docx;

/** Text as XML 1.0 can hold it: a character XML forbids (most C0 controls, U+FFFE, U+FFFF, a lone surrogate) is U+FFFD. */
final class XmlChars {
    static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {}

    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) sb.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!ok && sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
            if (sb != null) sb.append(ok ? c : REPLACEMENT);
        }
        return sb == null ? s : sb.toString();
    }
}

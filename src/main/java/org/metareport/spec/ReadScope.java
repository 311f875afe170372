package org.metareport.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a spec may read besides its own folder, and how much. A spec is untrusted: every file it names (data,
 * studies, PRISMA, risk of bias, the templates folder) must lie, with symbolic links followed, inside the spec's
 * folder or inside one of {@link #allowRead()}; it must be a regular file, no larger than {@link #maxInputSize()}
 * (data) or {@link #SPEC_LIMIT} (YAML).
 *
 * @param allowRead    further folders the spec may read from ({@code --allow-read DIR}); resolved against the
 *                     working directory
 * @param maxInputSize the largest data file (CSV, xlsx) read, in bytes ({@code --max-input-size})
 */
public record ReadScope(List<Path> allowRead, long maxInputSize) {
    /** The largest spec or YAML file a spec names (prisma.yaml) that is read: 1 MiB. */
    public static final long SPEC_LIMIT = 1L << 20;
    /** The default largest data file: 256 MiB. */
    public static final long DEFAULT_MAX_INPUT_SIZE = 256L << 20;
    /** The spec's folder only, data files up to 256 MiB. */
    public static final ReadScope DEFAULT = new ReadScope(List.of(), DEFAULT_MAX_INPUT_SIZE);

    public ReadScope {
        allowRead = allowRead.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (maxInputSize <= 0) throw new IllegalArgumentException("maxInputSize must be positive: " + maxInputSize);
    }

    /** This scope with more folders allowed. */
    public ReadScope allowing(List<Path> folders) {
        List<Path> all = new java.util.ArrayList<>(allowRead);
        all.addAll(folders);
        return new ReadScope(all, maxInputSize);
    }

    /**
     * A size as written on the command line: a whole number of bytes, optionally followed by K, M or G (binary:
     * 1K = 1024 bytes), e.g. {@code 512M}.
     *
     * @throws IllegalArgumentException when it is not such a size
     */
    public static long parseSize(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.endsWith("B") && s.length() > 1 && !Character.isDigit(s.charAt(s.length() - 2))) s = s.substring(0, s.length() - 1);
        int shift = 0;
        if (!s.isEmpty()) {
            switch (s.charAt(s.length() - 1)) {
                case 'K' -> shift = 10;
                case 'M' -> shift = 20;
                case 'G' -> shift = 30;
                default -> { }
            }
        }
        if (shift > 0) s = s.substring(0, s.length() - 1);
        if (!s.matches("[0-9]{1,12}")) throw new IllegalArgumentException("'" + text + "' is not a size; write e.g. "
                + "1000000, 512K, 256M or 2G");
        long n = Long.parseLong(s) << shift;
        if (n <= 0) throw new IllegalArgumentException("the size must be more than 0, not '" + text + "'");
        return n;
    }

    /** A byte count in words: {@code 256 MiB}, {@code 1,234 bytes}. */
    static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) return (bytes >> 30) + " GiB";
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) return (bytes >> 20) + " MiB";
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) return (bytes >> 10) + " KiB";
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}

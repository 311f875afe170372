package org.metareport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutation fuzzing from a seeded {@link Random}: a seed file (a valid input from the corpus) changed by a few edits,
 * each an operation at a position with a token from a dictionary of the format's troublemakers. The same random
 * seed gives the same inputs, so a run is reproducible; a failure names its input and its edits.
 */
public final class Mutations {
    /** Byte sequences that break text formats in general: quotes, line ends, NUL, BOM, bad UTF-8, odd Unicode. */
    public static final List<String> TEXT_TOKENS = List.of("\"", "'", ",", "\n", "\r", "\r\n", "\0", "\t", " ", "\uFEFF",
            "\u2028", "\u202E", "\u00A0", "NA", "", "-", ".", "e", "1e999999999", "-1e-400", "0x1F", "NaN", "Infinity",
            "\u5B66\u6821", "\uD83D\uDE00", "\u0301", "</style>", "<script>", "\u001B[31m", "\\", "%", "%s", "{", "}", "[", "]",
            "#", ":", "|", "*", "&");
    /** Bytes that are not UTF-8 (a lone continuation byte, a truncated sequence, a surrogate, past U+10FFFF). */
    static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF});

    enum Op { INSERT, REPLACE, DELETE, DUPLICATE, FLIP, TRUNCATE, REPEAT }

    /** One edit: {@code op} at {@code at} (a fraction of the length, in 1/10000), with {@code token} and {@code n}. */
    record Edit(Op op, int at, byte[] token, int n) {
        @Override
        public String toString() {
            return op + "@" + at + "(" + ReaderContract.describe(token) + ", " + n + ")";
        }
    }

    /** A mutated input and the edits that made it from its seed. */
    public record Mutant(byte[] bytes, String seed, List<Edit> edits) {
        @Override
        public String toString() {
            return seed + " with " + edits + " = " + ReaderContract.describe(bytes);
        }
    }

    private Mutations() {}

    /** A random seed of {@code seeds} changed by 1 to {@code maxEdits} edits with tokens from {@code tokens}. */
    public static Mutant mutate(Random random, List<Corpus.Seed> seeds, List<String> tokens, int maxEdits) {
        Corpus.Seed seed = seeds.get(random.nextInt(seeds.size()));
        List<Edit> edits = new ArrayList<>();
        int n = 1 + random.nextInt(maxEdits);
        for (int i = 0; i < n; i++) edits.add(edit(random, tokens));
        return new Mutant(apply(seed.bytes(), edits), seed.name(), List.copyOf(edits));
    }

    private static Edit edit(Random random, List<String> tokens) {
        Op op = Op.values()[random.nextInt(Op.values().length)];
        int pick = random.nextInt(10);
        byte[] token;
        if (pick < 7) token = tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8);
        else if (pick < 9) token = BAD_UTF8.get(random.nextInt(BAD_UTF8.size()));
        else {
            token = new byte[1 + random.nextInt(4)];
            random.nextBytes(token);
        }
        return new Edit(op, random.nextInt(10_001), token, 1 + random.nextInt(64));
    }

    /** Random bytes, up to {@code maxLength}, mostly from {@code alphabet} (so that the format's syntax shows up). */
    public static byte[] random(Random random, String alphabet, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            if (random.nextInt(8) == 0) out.write(random.nextInt(256));
            else out.writeBytes(String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The seed with the edits applied in order. */
    static byte[] apply(byte[] seed, List<Edit> edits) {
        byte[] b = seed;
        for (Edit e : edits) b = apply(b, e);
        return b;
    }

    private static byte[] apply(byte[] b, Edit e) {
        int at = (int) ((long) b.length * e.at() / 10_000);
        int end = Math.min(b.length, at + e.n());
        return switch (e.op()) {
            case INSERT -> concat(Arrays.copyOfRange(b, 0, at), e.token(), Arrays.copyOfRange(b, at, b.length));
            case REPLACE -> concat(Arrays.copyOfRange(b, 0, at), e.token(), Arrays.copyOfRange(b, Math.min(b.length, at + e.token().length), b.length));
            case DELETE -> concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, end, b.length));
            case DUPLICATE -> concat(Arrays.copyOfRange(b, 0, end), Arrays.copyOfRange(b, at, b.length));
            case FLIP -> {
                byte[] c = b.clone();
                if (at < c.length) c[at] ^= (byte) (1 << (e.n() % 8));
                yield c;
            }
            case TRUNCATE -> Arrays.copyOfRange(b, 0, at);
            case REPEAT -> { // a huge cell or scalar: the token many times
                ByteArrayOutputStream r = new ByteArrayOutputStream();
                int times = e.n() * 1024 / Math.max(1, e.token().length);
                for (int i = 0; i < times; i++) r.writeBytes(e.token().length == 0 ? new byte[] {'x'} : e.token());
                yield concat(Arrays.copyOfRange(b, 0, at), r.toByteArray(), Arrays.copyOfRange(b, at, b.length));
            }
        };
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}

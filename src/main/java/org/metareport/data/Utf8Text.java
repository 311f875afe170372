package org.metareport.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's bytes decoded as UTF-8, keeping where decoding failed instead of stopping at the first bad byte, so
 * that every bad cell can be reported. A leading byte-order mark is dropped. Each undecodable byte sequence
 * becomes one U+FFFD in {@link #text()}.
 *
 * @param text       the decoded text
 * @param malformed  the positions in {@code text} of each undecodable sequence, ascending
 * @param bytes      the first undecodable byte of each (0–255), parallel to {@code malformed}
 */
record Utf8Text(String text, List<Integer> malformed, List<Integer> bytes) {
    static final char REPLACEMENT = '\uFFFD';

    Utf8Text {
        malformed = List.copyOf(malformed);
        bytes = List.copyOf(bytes);
    }

    static Utf8Text decode(byte[] data) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length + 1); // UTF-8 never yields more chars than bytes
        List<Integer> malformed = new ArrayList<>();
        List<Integer> bytes = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                malformed.add(out.position());
                bytes.add(data[in.position()] & 0xFF);
                out.put(REPLACEMENT);
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            } else {
                throw new IllegalStateException("UTF-8 decoding overflowed its buffer");
            }
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            malformed.replaceAll(p -> p - 1);
        }
        return new Utf8Text(text, malformed, bytes);
    }
}

package org.metareport.spec;

import java.nio.file.Path;

/** Reads and validates a spec file. (Implementation in progress.) */
public final class SpecReader {
    private SpecReader() {}

    /**
     * Reads the spec at {@code file}; {@code shown} is the path as the user wrote it.
     *
     * @throws org.metareport.problems.InputException with every problem found, each at its file:line:column
     */
    public static Spec read(Path file, String shown) {
        throw new UnsupportedOperationException("not yet");
    }
}

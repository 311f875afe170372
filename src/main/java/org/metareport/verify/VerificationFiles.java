package org.metareport.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;

/**
 * Writes {@code verification.html} and {@code verification.json} into a folder (created if absent). Each file is
 * written beside its place and moved in, so a reader never sees half a file; nothing else in the folder is touched.
 */
public final class VerificationFiles {
    public static final String HTML = "verification.html", JSON = "verification.json";

    private VerificationFiles() {}

    /**
     * @throws InputException when {@code dir} exists and is not a folder, or cannot be created
     */
    public static void write(VerificationSubject subject, VerifyReport report, Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw InputException.at(Where.file(dir.toString()), "--report needs a folder, but %s is a file; name a "
                    + "folder (it is created if absent)", dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw InputException.at(Where.file(dir.toString()), "cannot create the report folder %s: %s", dir,
                    e.getMessage());
        }
        put(dir, JSON, VerificationJson.json(subject, report));
        put(dir, HTML, VerificationPage.html(subject, report));
    }

    private static void put(Path dir, String name, String text) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a temporary file is private (rw-------); the report it becomes is an ordinary file
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.metareport.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The git commit checked out in a folder's repository, read from {@code .git} directly (no git process): HEAD, or
 * the branch it names via loose or packed refs. Empty outside a repository or when it cannot be read.
 */
public final class GitCommit {
    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");

    private GitCommit() {}

    public static Optional<String> of(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) return read(git);
            if (Files.isRegularFile(git)) {                    // a worktree or submodule: "gitdir: <path>"
                try {
                    String line = Files.readString(git).strip();
                    if (line.startsWith("gitdir:")) return read(dir.resolve(line.substring(7).strip()).normalize());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> read(Path git) {
        try {
            String head = Files.readString(git.resolve("HEAD")).strip();
            if (SHA.matcher(head).matches()) return Optional.of(head);
            if (!head.startsWith("ref:")) return Optional.empty();
            String ref = head.substring(4).strip();
            Path common = git;
            Path commondir = git.resolve("commondir");
            if (Files.isRegularFile(commondir)) common = git.resolve(Files.readString(commondir).strip()).normalize();
            for (Path base : new Path[] {git, common}) {
                Path loose = base.resolve(ref);
                if (Files.isRegularFile(loose)) {
                    String sha = Files.readString(loose).strip();
                    if (SHA.matcher(sha).matches()) return Optional.of(sha);
                }
                Path packed = base.resolve("packed-refs");
                if (Files.isRegularFile(packed)) {
                    for (String line : Files.readAllLines(packed)) {
                        if (line.endsWith(" " + ref) && SHA.matcher(line.substring(0, 40)).matches()) {
                            return Optional.of(line.substring(0, 40));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

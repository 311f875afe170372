package org.metareport.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
    @TempDir
    Path tmp;

    @Test
    void movesTheStagedFolderIntoPlaceReplacingAnOldOne() throws Exception {
        Path target = tmp.resolve("out/example");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.txt"), "old");
        try (Staging s = Staging.forTarget(target)) {
            s.write("report.md", "# hi\n");
            s.write("figures/a.svg", "<svg/>");
            s.commit();
        }
        assertThat(target.resolve("report.md")).as("new file").hasContent("# hi");
        assertThat(target.resolve("figures/a.svg")).as("nested file").exists();
        assertThat(target.resolve("stale.txt")).as("old file gone").doesNotExist();
        try (var list = Files.list(tmp.resolve("out"))) {
            assertThat(list.map(p -> p.getFileName().toString())).as("no leftovers").containsExactly("example");
        }
    }

    @Test
    void leavesNothingBehindWhenNotCommitted() throws Exception {
        Path target = tmp.resolve("out/example");
        try (Staging s = Staging.forTarget(target)) {
            s.write("report.md", "half");
        }
        assertThat(target).as("no target").doesNotExist();
        try (var list = Files.list(tmp.resolve("out"))) {
            assertThat(list.count()).as("no staging folder left").isZero();
        }
    }

    @Test
    void refusesPathsOutsideTheFolder() throws Exception {
        try (Staging s = Staging.forTarget(tmp.resolve("o"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.write("../evil", "x"))
                    .as("escape").isInstanceOf(IllegalArgumentException.class);
        }
    }
}

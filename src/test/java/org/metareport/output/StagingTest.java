package org.metareport.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metareport.problems.InputException;

class StagingTest {
    @TempDir
    Path tmp;

    static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void commit(Path target, String file, String text) throws Exception {
        try (Staging s = Staging.forTarget(target)) {
            s.write(file, text);
            s.commit();
        }
    }

    @Test
    void movesTheStagedFolderIntoPlaceReplacingItsOwnEarlierOne() throws Exception {
        Path target = tmp.resolve("out/example");
        commit(target, "stale.txt", "old");
        try (Staging s = Staging.forTarget(target)) {
            s.write("report.md", "# hi\n");
            s.write("figures/a.svg", "<svg/>");
            s.commit();
        }
        assertThat(target.resolve("report.md")).as("new file").hasContent("# hi");
        assertThat(target.resolve("figures/a.svg")).as("nested file").exists();
        assertThat(target.resolve("stale.txt")).as("old file gone").doesNotExist();
        assertThat(names(target)).as("the marker, no lock file").containsExactly(".metareport", "figures", "report.md");
        assertThat(names(tmp.resolve("out"))).as("no leftovers").containsExactly("example");
    }

    @Test
    void leavesNothingBehindWhenNotCommitted() throws Exception {
        Path target = tmp.resolve("out/example");
        try (Staging s = Staging.forTarget(target)) {
            s.write("report.md", "half");
        }
        assertThat(target).as("no target").doesNotExist();
        assertThat(names(tmp.resolve("out"))).as("no staging folder left").isEmpty();
    }

    @Test
    void refusesPathsOutsideTheFolderAndItsOwnFiles() throws Exception {
        try (Staging s = Staging.forTarget(tmp.resolve("o"))) {
            assertThatThrownBy(() -> s.write("../evil", "x")).as("escape").isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.write(".metareport", "x")).as("marker").isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> s.write(Staging.LOCK, "x")).as("lock").isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void listsWhatWasWrittenButNotTheMarker() throws Exception {
        try (Staging s = Staging.forTarget(tmp.resolve("o"))) {
            s.write("results.json", "{}");
            assertThat(s.written()).as("for the manifest").containsOnlyKeys("results.json");
            assertThat(s.folder().resolve(".metareport")).as("marker").isRegularFile();
        }
    }

    @Test
    void refusesAtCommitAFolderThatAppearedMeanwhileAndIsNotItsOwn() throws Exception {
        Path target = tmp.resolve("o");
        try (Staging s = Staging.forTarget(target)) {
            s.write("report.md", "new");
            Files.createDirectories(target);
            Files.writeString(target.resolve("chapter1.tex"), "mine");
            assertThatThrownBy(s::commit).as("commit").isInstanceOf(InputException.class)
                    .hasMessageContaining("did not write (chapter1.tex)");
        }
        assertThat(target.resolve("chapter1.tex")).as("kept").hasContent("mine");
        assertThat(names(tmp)).as("staging removed").containsExactly("o");
    }

    @Test
    void replacesAFolderItDidNotWriteOnlyWhenTold() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("o"));
        Files.writeString(target.resolve("chapter1.tex"), "mine");
        try (Staging s = Staging.forTarget(target, true)) {
            s.write("report.md", "new");
            s.commit();
        }
        assertThat(names(target)).as("replaced").containsExactly(".metareport", "report.md");
    }

    @Test
    void removesStaleFoldersItOwnsAndNothingElse() throws Exception {
        Path target = tmp.resolve("report");
        Staging live = Staging.forTarget(target);                                   // a run still going (this JVM)
        live.write("report.md", "going");
        Path stale = Files.createDirectories(tmp.resolve(".report.staging-1"));   // a killed run: marked, lock not held
        OutputFolder.mark(stale);
        Files.writeString(stale.resolve(Staging.LOCK), "");
        Files.writeString(stale.resolve("report.md"), "half");
        Path old = Files.createDirectories(tmp.resolve(".report.old-2"));          // killed between the two moves
        OutputFolder.mark(old);
        Path unmarked = Files.createDirectories(tmp.resolve(".report.staging-3")); // not metareport's (or too old to tell)
        Files.writeString(unmarked.resolve("draft.txt"), "mine");
        Path oldUnmarked = Files.createDirectories(tmp.resolve(".report.old-4"));
        Files.writeString(oldUnmarked.resolve("draft.txt"), "mine");
        Path otherName = Files.createDirectories(tmp.resolve(".other.staging-5"));
        OutputFolder.mark(otherName);
        assertThat(Staging.removeStale(target)).as("removed").containsExactly(old, stale);
        assertThat(live.folder()).as("live staging kept").isDirectory();
        live.close();
        assertThat(names(tmp)).as("left").containsExactly(".other.staging-5", ".report.old-4", ".report.staging-3");
    }

    @Test
    void aStagingFolderWithoutItsLockFileIsLeftAlone() throws Exception {
        // marked but unlocked and without a lock file: the moment its run moves it into place
        Path moving = Files.createDirectories(tmp.resolve(".report.staging-1"));
        OutputFolder.mark(moving);
        assertThat(Staging.removeStale(tmp.resolve("report"))).as("removed").isEmpty();
        assertThat(moving).as("kept").isDirectory();
    }

    @Test
    void theShutdownHookRemovesOpenStagingFolders() throws Exception {
        Staging s = Staging.forTarget(tmp.resolve("o"));
        s.write("report.md", "half");
        Staging.abandonAll();
        assertThat(s.folder()).as("removed").doesNotExist();
        assertThatThrownBy(() -> s.write("more.md", "x")).as("a write after the stop").hasMessageContaining("stopped");
        s.close();
        assertThat(names(tmp)).as("nothing left").isEmpty();
    }

    @Test
    void aTemporaryStagingFolderIsDeletedOnCloseAndCannotBeCommitted() throws Exception {
        Path folder;
        try (Staging s = Staging.temporary("metareport-test-")) {
            folder = s.folder();
            s.write("results.json", "{}");
            assertThat(s.target()).as("target").isNull();
            assertThatThrownBy(s::commit).as("commit").isInstanceOf(IllegalStateException.class);
        }
        assertThat(folder).as("deleted").doesNotExist();
    }
}

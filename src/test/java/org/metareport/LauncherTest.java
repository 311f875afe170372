package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/metareport}'s archive housekeeping, with a stand-in JDK 25 (a script that writes the AOT cache it is
 * asked to create): the first {@code run} makes an archive, later ones use it, and only the three newest of its own
 * archives are kept; other files in the folder are left alone.
 */
class LauncherTest {
    @TempDir
    Path tmp;
    /** The stand-in JDK's java, the jar it is given, the archive folder, and the file where java logs its calls. */
    Path java, jar, cache, calls;

    @BeforeEach
    void standIns() throws Exception {
        java = fakeJdk();
        jar = Files.writeString(tmp.resolve("metareport.jar"), "not really a jar");
        cache = Files.createDirectories(tmp.resolve("cache"));
        calls = tmp.resolve("jdk/calls");
    }

    Path fakeJdk() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("jdk/bin"));
        Files.writeString(tmp.resolve("jdk/release"), "JAVA_VERSION=\"25.0.3\"\nJAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                echo "$*" >> "$(dirname "$0")/../calls"
                for a in "$@"; do
                  case $a in -XX:AOTCache=*) cache=${a#-XX:AOTCache=} ;; -XX:AOTMode=create) create=yes ;; esac
                done
                if [ "${create:-}" = yes ]; then echo archive > "$cache"; fi
                for a in "$@"; do case $a in -XX:AOTConfiguration=*) echo config > "${a#-XX:AOTConfiguration=}" ;; esac; done
                for a in "$@"; do case $a in bad.yaml) exit 2 ;; esac; done
                exit 0
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    int launch(Path java, Path jar, Path cache, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", Path.of("bin/metareport").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile());
        pb.environment().put("METAREPORT_JAVA", java.toString());
        pb.environment().put("METAREPORT_JAR", jar.toString());
        pb.environment().put("METAREPORT_CACHE", cache.toString());
        pb.environment().remove("METAREPORT_JAVA_OPTS");
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void makesAnArchiveOnTheFirstRunUsesItAfterAndKeepsOnlyTheThreeNewestOfItsOwn() throws Exception {
        // four archives of earlier jars, oldest first, and a file metareport did not make
        for (int i = 1; i <= 4; i++) {
            Path old = Files.writeString(cache.resolve("metareport-" + i + "-java-25-old.aot"), "old");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000_000_000L + i * 1000L));
        }
        Files.writeString(cache.resolve("notes.txt"), "mine");
        Files.setLastModifiedTime(Files.writeString(cache.resolve("metareport-mine.aot"), "mine"),
                FileTime.fromMillis(1_000_000_000_000L));                  // not named as the launcher names archives
        assertThat(launch(java, jar, cache, "run", "spec.yaml")).isZero();
        List<String> after = names(cache);
        assertThat(after).contains("notes.txt", "metareport-mine.aot", "metareport-4-java-25-old.aot",
                "metareport-3-java-25-old.aot").doesNotContain("metareport-1-java-25-old.aot", "metareport-2-java-25-old.aot");
        List<String> made = after.stream().filter(n -> n.endsWith(".aot") && !n.contains("-old") && !n.contains("mine"))
                .toList();
        assertThat(made).as("the new archive").hasSize(1);
        assertThat(made.get(0)).startsWith("metareport-").contains("-java-25.0.3-9-LTS-");
        assertThat(after).as("no temporary files left").noneMatch(n -> n.startsWith(".making"));
        // the next start uses it and makes nothing
        Files.delete(calls);
        assertThat(launch(java, jar, cache, "run", "spec.yaml")).isZero();
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("-XX:AOTCache=" + cache.resolve(made.get(0)), "-XX:TieredStopAtLevel=1",
                "-jar " + jar, "run spec.yaml").doesNotContain("AOTMode");
        assertThat(names(cache)).isEqualTo(after);
    }

    @Test
    void aRunThatOnlyPrintsHelpOrVersionOrStopsOnBadInputMakesNoArchive() throws Exception {
        // an archive of what `run --help` loads made every later run slower than none (docs/performance.md, stop 23)
        for (String[] args : List.of(new String[] {"run", "--help"}, new String[] {"run", "-h"},
                new String[] {"--version", "run"}, new String[] {"run", "-V", "spec.yaml"})) {
            assertThat(launch(java, jar, cache, args)).as(String.join(" ", args)).isZero();
            assertThat(names(cache)).as(String.join(" ", args)).isEmpty();
        }
        assertThat(launch(java, jar, cache, "run", "bad.yaml")).as("the run's own exit code").isEqualTo(2);
        assertThat(names(cache)).as("nothing kept from a run that stopped, no temporary file either").isEmpty();
        assertThat(launch(java, jar, cache, "run", "spec.yaml")).isZero();
        assertThat(names(cache)).singleElement().satisfies(n -> assertThat(n).startsWith("metareport-").endsWith(".aot"));
    }

    @Test
    void watchAndBenchKeepTheJvmsOwnCompilersAndCollectorAndAShortRunTakesC1AndTheSerialCollector() throws Exception {
        for (String command : List.of("watch", "bench", "run")) {
            Files.deleteIfExists(calls);
            // the command is the first argument that is no option; a later "run" or "watch" is a path
            assertThat(launch(java, jar, cache, command, command.equals("run") ? "watch" : "run")).isZero();
            String last = Files.readAllLines(calls).get(0);
            if (command.equals("run")) {
                assertThat(last).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
            } else {
                assertThat(last).as(command).contains("-XX:+TieredCompilation").doesNotContain("TieredStopAtLevel")
                        .doesNotContain("UseSerialGC").doesNotContain("AOTCache");   // only a run makes an archive
            }
        }
    }

    @Test
    void theRecordingRunTrainsEveryWriterAndEveryLaterRunUsesTheOneArchive() throws Exception {
        Path plain = Files.writeString(tmp.resolve("plain.yaml"), "report: {formats: [md]}\n");
        assertThat(launch(java, jar, cache, "run", plain.toString())).isZero();
        assertThat(Files.readAllLines(calls).get(0)).contains("-XX:AOTMode=record",
                "-Dmetareport.training=md,html,pdf ",
                "-XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput",          // no "AOTConfiguration recorded" line
                // the heap gives its free memory back before the JVM writes the archive (with Main's collection)
                "-XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -XX:-ShrinkHeapInSteps");
        List<String> made = names(cache);
        assertThat(made).singleElement();
        for (String[] args : List.of(new String[] {"run", plain.toString(), "--format", "md,docx"},
                new String[] {"run", plain.toString()})) {
            Files.delete(calls);
            assertThat(launch(java, jar, cache, args)).isZero();
            assertThat(Files.readAllLines(calls)).as(String.join(" ", args)).singleElement()
                    .satisfies(c -> assertThat(c).contains("-XX:AOTCache=" + cache.resolve(made.get(0)) + " ")
                            .doesNotContain("AOTMode").doesNotContain("HeapFreeRatio"));
        }
        assertThat(names(cache)).isEqualTo(made);
    }

    @Test
    void aSpecThatReadsAWorkbookHasAnArchiveOfItsOwnKind() throws Exception {
        // every class in an AOT cache is loaded at start-up: the workbook reader's would slow a CSV spec's runs
        Path csv = Files.writeString(tmp.resolve("csv.yaml"), "data: {effects: data/effects.csv}\n");
        Path book = Files.writeString(tmp.resolve("book.yaml"), "data: {effects: {file: Coding.XLSX, sheet: ES}}\n");
        Path folder = Files.createDirectories(tmp.resolve("specs/one"));
        Files.writeString(folder.resolve("analysis.yaml"), "data:\n  effects: old.xls\n");

        assertThat(launch(java, jar, cache, "run", csv.toString())).isZero();
        List<String> first = names(cache);
        assertThat(first).singleElement().satisfies(n -> assertThat(n).doesNotContain("xlsx"));
        assertThat(launch(java, jar, cache, "run", book.toString())).isZero();
        String workbooks = first.get(0).replace(".aot", "-xlsx.aot");
        assertThat(names(cache)).containsExactlyInAnyOrder(first.get(0), workbooks);
        for (Path spec : List.of(book, tmp.resolve("specs"))) {
            Files.delete(calls);
            assertThat(launch(java, jar, cache, "run", spec.toString())).isZero();
            assertThat(Files.readAllLines(calls)).as(spec.toString()).singleElement()
                    .satisfies(c -> assertThat(c).contains("-XX:AOTCache=" + cache.resolve(workbooks) + " "));
        }
        Files.delete(calls);
        assertThat(launch(java, jar, cache, "run", csv.toString())).isZero();
        assertThat(Files.readAllLines(calls)).singleElement()
                .satisfies(c -> assertThat(c).contains("-XX:AOTCache=" + cache.resolve(first.get(0)) + " "));
    }

    @Test
    void aRunOnBigDataIsNotRenderedASecondTimeForItsArchive() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("big"));
        Path spec = Files.writeString(folder.resolve("analysis.yaml"), "data: {effects: effects.csv}\n");
        Files.write(folder.resolve("effects.csv"), new byte[5 * 1024 * 1024]);    // more than 4 MB: a larger heap
        assertThat(launch(java, jar, cache, "run", spec.toString())).isZero();
        assertThat(Files.readAllLines(calls).get(0)).contains("-XX:AOTMode=record", "-Dmetareport.training= ")
                .doesNotContain("-Xmx256m", "-Xmn48m");
    }

    @Test
    void aShortRunStartsWithAYoungGenerationOfItsOwnAndWhatRunsLongKeepsTheJvmsSizing() throws Exception {
        assertThat(launch(java, jar, cache, "run", "spec.yaml")).isZero();
        assertThat(Files.readAllLines(calls).get(0)).contains("-Xms80m -Xmn48m -Xmx256m");
        for (String command : List.of("watch", "bench")) {
            Files.delete(calls);
            assertThat(launch(java, jar, cache, command, "spec.yaml")).isZero();
            assertThat(Files.readAllLines(calls).get(0)).as(command).contains("-Xms16m").doesNotContain("-Xmn");
        }
    }
}

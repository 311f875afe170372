package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's recording run ({@code -Dmetareport.training=FORMATS}) renders the formats it did not write once more
 * into a temporary folder, so the archive holds their writers' classes; its report is the same, byte for byte, as a
 * run without the property, and nothing of the training pass is left behind.
 */
class TrainingTest {
    static final Path SPEC = Path.of("src/test/resources/pipeline/bcg/analysis.yaml");

    @TempDir
    Path tmp;

    @Test
    void readsTheKnownFormatsInTheUsualOrderAndNothingElse() {
        assertThat(Pipeline.trainingFormats(null)).isEmpty();
        assertThat(Pipeline.trainingFormats("true")).isEmpty();
        assertThat(Pipeline.trainingFormats("")).isEmpty();
        assertThat(Pipeline.trainingFormats("docx,md")).containsExactly("md", "docx");
        assertThat(Pipeline.trainingFormats("md,html,pdf")).containsExactly("md", "html", "pdf");
        assertThat(Pipeline.trainingFormats("md,html,pdf,docx,svg")).containsExactly("md", "html", "pdf", "docx");
    }

    @Test
    void aTrainingRunRendersTheOtherFormatsAsideAndWritesTheSameReport() throws Exception {
        Path plain = tmp.resolve("plain");
        Path trained = tmp.resolve("trained");
        List<String> before = trainingFolders();
        Metareport.run(SPEC, new RunOptions(plain, List.of("md"), List.of("run")));
        String old = System.getProperty(Pipeline.TRAINING);
        try {
            Pipeline.TRAINED.set(false);
            System.setProperty(Pipeline.TRAINING, "md,html,pdf,docx");
            Metareport.run(SPEC, new RunOptions(trained, List.of("md"), List.of("run")));
            org.metareport.spec.Spec spec = Pipeline.read(SPEC, org.metareport.spec.ReadScope.DEFAULT);
            var results = Pipeline.compute(spec, false);
            assertThat(trainingFolders()).as("the run's training pass left nothing").isEqualTo(before);
            assertThat(Pipeline.train(spec, results, List.of("md"), new RunOptions(null, List.of("md"), List.of()),
                    Reuse.COLD)).as("a second run in the same JVM trains no more").isEmpty();
            Pipeline.TRAINED.set(false);
            assertThat(Pipeline.train(spec, results, List.of("md"), new RunOptions(null, List.of("md"), List.of()),
                    Reuse.COLD)).as("what a run of md alone renders aside").containsExactly("md", "html", "pdf", "docx");
            assertThat(Pipeline.train(spec, results, List.of("docx", "pdf", "html", "md"),
                    new RunOptions(null, null, List.of()), Reuse.COLD)).as("a run that wrote them all").isEmpty();
            System.setProperty(Pipeline.TRAINING, "md,html,pdf");
            Pipeline.TRAINED.set(false);
            assertThat(Pipeline.train(spec, results, List.of("md", "html", "pdf"),
                    new RunOptions(null, null, List.of()), Reuse.COLD)).isEmpty();
            assertThat(Pipeline.train(spec, results, List.of("md", "docx"),
                    new RunOptions(null, null, List.of()), Reuse.COLD)).containsExactly("md", "html", "pdf");
        } finally {
            Pipeline.TRAINED.set(false);
            if (old == null) System.clearProperty(Pipeline.TRAINING);
            else System.setProperty(Pipeline.TRAINING, old);
        }
        assertThat(files(trained)).as("the trained run's report").isEqualTo(files(plain));
        assertThat(files(trained).keySet()).contains("report.md").doesNotContain("report.html", "report.pdf",
                "report.docx");
        assertThat(trainingFolders()).as("no training folder left").isEqualTo(before);
    }

    static List<String> trainingFolders() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("metareport-training-")).sorted()
                    .toList();
        }
    }

    static Map<String, String> files(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}

package org.metareport.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No line of a built-in template is longer than {@value #MAX_LINE} characters (issue 14): a long sentence is wrapped
 * with Freemarker's {@code <#rt>} (drop the line break) and a continuation line that starts with the space it needs,
 * so the output does not change. Characters are counted as code points, so "τ²" is two.
 */
class TemplateLinesTest {
    static final Path TEMPLATES = Path.of("templates");
    static final int MAX_LINE = 160;

    @Test
    void noBuiltInTemplateLineIsLongerThan160Characters() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).as("files under %s", TEMPLATES.toAbsolutePath())
                .anySatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("report.md.ftl"));

        List<String> tooLong = new ArrayList<>();
        for (Path file : files) tooLong.addAll(longLines(file, Files.readString(file, StandardCharsets.UTF_8)));
        assertThat(tooLong).as("template lines over %d characters (wrap them with <#rt>)", MAX_LINE).isEmpty();
    }

    @Test
    void countsCodePointsAndNamesTheLine() {
        String ok = "τ".repeat(MAX_LINE);                 // 160 code points, 320 UTF-8 bytes
        String over = "x".repeat(MAX_LINE) + "²";
        assertThat(longLines(Path.of("t.ftl"), ok + "\n" + ok + "\r\n" + over + "\n")).containsExactly("t.ftl:3: 161");
        assertThat(longLines(Path.of("t.ftl"), ok)).isEmpty();
    }

    /** "file:line: length" for each line longer than {@link #MAX_LINE} code points. */
    static List<String> longLines(Path file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = lines[i].codePointCount(0, lines[i].length());
            if (n > MAX_LINE) found.add(file + ":" + (i + 1) + ": " + n);
        }
        return found;
    }
}

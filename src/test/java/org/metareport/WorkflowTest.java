package org.metareport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Actions workflow parses and does what README promises: build and test, render every analysis, verify
 * each, publish to Pages. (.ci/run also lints it with actionlint.)
 */
class WorkflowTest {
    @Test
    @SuppressWarnings("unchecked")
    void buildsRendersVerifiesAndPublishes() throws Exception {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(Path.of(".github/workflows/report.yml")));
        Map<String, Object> wf = (Map<String, Object>) doc;
        Map<String, Object> jobs = (Map<String, Object>) wf.get("jobs");
        assertThat(jobs).as("jobs").containsKeys("build", "deploy");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("build")).get("steps");
        String runs = steps.stream().map(s -> String.valueOf(s.get("run"))).reduce("", String::concat);
        assertThat(runs).as("build steps").contains("mvn -B -ntp verify");
        String uses = steps.stream().map(s -> String.valueOf(s.get("uses"))).reduce("", String::concat);
        assertThat(uses).as("uses its own action, publishes the site").contains("./")
                .contains("actions/upload-pages-artifact");
        Map<String, Object> action = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of("action.yml")));
        assertThat(((Map<String, Object>) action.get("runs")).get("using")).as("composite").isEqualTo("composite");
        assertThat((Map<String, Object>) action.get("inputs")).as("inputs")
                .containsKeys("analyses", "formats", "version", "verify", "publish", "jar");
        String actionSteps = ((Map<String, Object>) action.get("runs")).get("steps").toString();
        assertThat(actionSteps).as("action steps").contains("action/download.sh", "action/render.sh",
                "action/verify.sh", "action/pr-comment.sh", "actions/deploy-pages", "actions/cache");
        assertThat(jobs.get("deploy").toString()).as("deploys to Pages").contains("actions/deploy-pages");
    }
}

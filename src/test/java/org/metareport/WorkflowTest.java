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
        assertThat(runs).as("build steps").contains("mvn -B -ntp verify", "run analyses/", "verify");
        String uses = steps.stream().map(s -> String.valueOf(s.get("uses"))).reduce("", String::concat);
        assertThat(uses).as("publishes output/").contains("actions/upload-pages-artifact");
        assertThat(jobs.get("deploy").toString()).as("deploys to Pages").contains("actions/deploy-pages");
    }
}

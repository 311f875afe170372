package org.metareport.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NewReportsTest {
    private static byte[] manifest(String outputs) {
        return ("{\"outputs\":\"" + outputs + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRunThatWritesTheReportJustToldAgainIsNotNew() {
        NewReports reports = new NewReports();
        assertThat(reports.isNew(manifest("a"))).as("the first report").isTrue();
        assertThat(reports.isNew(manifest("a"))).as("the same state run twice").isFalse();
        assertThat(reports.isNew(manifest("b"))).as("an edit").isTrue();
        assertThat(reports.isNew(manifest("a"))).as("an edit undone").isTrue();
    }

    @Test
    void afterAFailureTheNextGoodRunIsNewEvenWhenItRestoresTheLastReport() {
        NewReports reports = new NewReports();
        assertThat(reports.isNew(manifest("a"))).isTrue();
        reports.failed();
        assertThat(reports.isNew(manifest("a"))).as("the fix that restores the last good state").isTrue();
        assertThat(reports.isNew(manifest("a"))).isFalse();
    }

    @Test
    void anUnreadableManifestIsAlwaysNewAndTheArrayIsNotShared() {
        NewReports reports = new NewReports();
        assertThat(reports.isNew(null)).isTrue();
        assertThat(reports.isNew(null)).isTrue();
        byte[] m = manifest("a");
        assertThat(reports.isNew(m)).isTrue();
        m[0] = 'x';
        assertThat(reports.isNew(manifest("a"))).as("the remembered bytes are a copy").isFalse();
    }
}

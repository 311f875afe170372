package org.metareport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --watch-latency} waits for the report of each edit by what the report shows (the edit's SHA-256 among
 * its manifest's inputs), not by when its run began: a run that started just before the edit was written may have
 * read it, and the watcher does not tell that report a second time.
 */
class WatchLatencyTest {
    static String manifest(String sha) {
        return "{\"inputs\": [{\"role\": \"effects\", \"sha256\": \"" + sha + "\"}]}";
    }

    @Test
    void takesTheFirstRenderThatShowsTheEditAndCountsTheOthersAsLate() throws Exception {
        var events = new LinkedBlockingQueue<WatchLatency.Event>();
        events.add(new WatchLatency.Event(true, 10, manifest("aaa"), null));           // the earlier edit, seen late
        events.add(new WatchLatency.Event(false, 20, null, "data.xlsx: not a workbook"));  // read half written
        events.add(new WatchLatency.Event(true, 30, manifest("bbb"), null));            // this edit's report
        events.add(new WatchLatency.Event(true, 40, manifest("bbb"), null));
        int[] late = new int[1];
        assertThat(WatchLatency.awaitRender(events, "bbb", late)).isEqualTo(30);
        assertThat(late[0]).isEqualTo(1);
        assertThat(events).hasSize(1);
        assertThat(WatchLatency.awaitRender(events, null, late)).as("any render").isEqualTo(40);
    }

    @Test
    void aHashThatIsOnlyPartOfAnotherDoesNotCount() throws Exception {
        var events = new LinkedBlockingQueue<WatchLatency.Event>();
        events.add(new WatchLatency.Event(true, 10, manifest("abbbc"), null));
        events.add(new WatchLatency.Event(true, 20, manifest("bbb"), null));
        assertThat(WatchLatency.awaitRender(events, "bbb", new int[1])).isEqualTo(20);
    }

    @Test
    void stopsAtAnInternalError() {
        var events = new LinkedBlockingQueue<WatchLatency.Event>();
        events.add(new WatchLatency.Event(false, 10, null, "internal error: java.lang.IllegalStateException: x"));
        assertThatThrownBy(() -> WatchLatency.awaitRender(events, "bbb", new int[1]))
                .hasMessageContaining("internal error");
    }
}

package org.metareport.watch;

import java.util.Arrays;

/**
 * Which successful runs are new reports. A report's manifest has no clock time and hashes every input and output
 * file, so a run whose manifest has the same bytes as the last report told wrote that report again: the watcher ran
 * twice on one state (the fingerprint taken before the run saw a file half written, the run read it complete). After
 * a failure the next good run is always new, so a fix that restores the last good state is still told.
 */
final class NewReports {
    private byte[] last;

    /** Whether a run that wrote this manifest (null: unreadable, counts as new) is a new report; remembers it. */
    boolean isNew(byte[] manifest) {
        if (manifest != null && Arrays.equals(manifest, last)) return false;
        last = manifest == null ? null : manifest.clone();
        return true;
    }

    /** A run failed: the next good run is new whatever it writes. */
    void failed() {
        last = null;
    }
}

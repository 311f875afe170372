package org.metareport;

import java.nio.file.Path;
import java.util.List;
import org.metareport.results.Results;

/**
 * What a run produced: the results, the folder the report was written to, and warnings from rendering (the
 * results carry their own).
 */
public record RunReport(Results results, Path folder, List<String> renderWarnings) {
    public RunReport {
        renderWarnings = List.copyOf(renderWarnings);
    }
}

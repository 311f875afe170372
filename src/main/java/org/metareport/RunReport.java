package org.metareport;

import java.nio.file.Path;
import org.metareport.results.Results;

/** What a run produced: the results and the folder the report was written to. */
public record RunReport(Results results, Path folder) {}

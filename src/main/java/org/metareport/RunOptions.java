package org.metareport;

import java.nio.file.Path;
import java.util.List;

/**
 * Options of a run beyond the spec.
 *
 * @param out      output folder; null = {@code output/<folder name of the spec>/} under the working directory
 * @param formats  formats to write (md, html, pdf); null = the spec's {@code report.formats}
 * @param command  the command line as given, recorded in the manifest
 * @param strict   turn checks that are warnings by default into errors (a PRISMA gap)
 */
public record RunOptions(Path out, List<String> formats, List<String> command, boolean strict) {
    public static final RunOptions DEFAULTS = new RunOptions(null, null, List.of(), false);

    public RunOptions(Path out, List<String> formats, List<String> command) {
        this(out, formats, command, false);
    }

    public RunOptions {
        formats = formats == null ? null : List.copyOf(formats);
        command = List.copyOf(command);
    }
}

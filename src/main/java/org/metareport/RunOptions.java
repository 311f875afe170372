package org.metareport;

import java.nio.file.Path;
import java.util.List;
import org.metareport.spec.ReadScope;

/**
 * Options of a run beyond the spec.
 *
 * @param out      output folder; null = {@code output/<folder name of the spec>/} under the working directory
 * @param formats  formats to write (md, html, pdf, docx); null = the spec's {@code report.formats}
 * @param command  the command line as given, recorded in the manifest
 * @param strict   turn checks that are warnings by default into errors (a PRISMA gap)
 * @param force    replace an output folder that metareport did not write (deleting what it holds); never the
 *                 spec's folder, an input, the working or home folder or a file system root
 * @param read     folders the spec may read besides its own ({@code --allow-read}) and the data size limit
 *                 ({@code --max-input-size}); null = {@link ReadScope#DEFAULT}
 * @param png      write each figure as PNG too when no PDF is written ({@code --png}); a PDF run always writes them
 *                 (the PDF is made from them), a Markdown or HTML run by default only the SVG
 */
public record RunOptions(Path out, List<String> formats, List<String> command, boolean strict, boolean force,
                         ReadScope read, boolean png) {
    /** The formats a run can write. */
    public static final List<String> FORMATS = List.of("md", "html", "pdf", "docx");
    public static final RunOptions DEFAULTS = new RunOptions(null, null, List.of(), false, false);

    public RunOptions(Path out, List<String> formats, List<String> command) {
        this(out, formats, command, false, false);
    }

    public RunOptions(Path out, List<String> formats, List<String> command, boolean strict) {
        this(out, formats, command, strict, false);
    }

    public RunOptions(Path out, List<String> formats, List<String> command, boolean strict, boolean force) {
        this(out, formats, command, strict, force, ReadScope.DEFAULT);
    }

    public RunOptions(Path out, List<String> formats, List<String> command, boolean strict, ReadScope read) {
        this(out, formats, command, strict, false, read);
    }

    public RunOptions(Path out, List<String> formats, List<String> command, boolean strict, boolean force,
                      ReadScope read) {
        this(out, formats, command, strict, force, read, false);
    }

    public RunOptions {
        formats = formats == null ? null : List.copyOf(formats);
        command = List.copyOf(command);
        if (formats != null) {
            for (String f : formats) {
                if (!FORMATS.contains(f)) throw new IllegalArgumentException("unknown format '" + f + "'; choose md, html, pdf, docx");
            }
        }
        read = read == null ? ReadScope.DEFAULT : read;
    }

    /** These options, reading also inside {@code folders} ({@code --allow-read}). */
    public RunOptions allowRead(List<Path> folders) {
        return new RunOptions(out, formats, command, strict, force, read.allowing(folders), png);
    }

    /** These options, writing PNG figures even without a PDF ({@code --png}) when {@code png}. */
    public RunOptions withPng(boolean png) {
        return new RunOptions(out, formats, command, strict, force, read, png);
    }
}

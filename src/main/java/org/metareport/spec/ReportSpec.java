package org.metareport.spec;

import java.nio.file.Path;
import java.util.List;
import org.metareport.problems.Where;

/**
 * The {@code report:} block.
 *
 * @param formats   subset of md, html, pdf, docx (lower case), in the order given; default [md, html, pdf]
 * @param templates a folder overriding built-in templates, resolved against the spec's folder; null = built-in
 * @param page      the PDF page size: a4 (default) or letter
 * @param sortForest forest plots list effects by size ({@code forest: {sort: true}}) instead of in data order
 * @param changesSince the folder of an earlier run ({@code changes_since:}), resolved against the spec's folder and
 *                   holding a results.json; the report then carries a "Changes since the last version" section.
 *                   Null = none
 */
public record ReportSpec(List<String> formats, Path templates, String page, boolean sortForest, Path changesSince,
                         Where where) {
    public ReportSpec {
        formats = List.copyOf(formats);
    }
}

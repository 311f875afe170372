package org.metareport.spec;

import java.nio.file.Path;
import java.util.List;
import org.metareport.problems.Where;

/**
 * The {@code report:} block.
 *
 * @param formats   subset of md, html, pdf (lower case), in the order given; default [md, html, pdf]
 * @param templates a folder overriding built-in templates, resolved against the spec's folder; null = built-in
 * @param page      the PDF page size: a4 (default) or letter
 * @param sortForest forest plots list effects by size ({@code forest: {sort: true}}) instead of in data order
 */
public record ReportSpec(List<String> formats, Path templates, String page, boolean sortForest, Where where) {
    public ReportSpec {
        formats = List.copyOf(formats);
    }
}

package org.metareport.verify;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.metareport.results.ClaimResult;

/**
 * {@code verification.html}: the verification report an editor reads. One self-contained page (inline CSS, no
 * script, no network): the verdict, the tool's version, commit and jar hash, every input's SHA-256, every claim
 * ✓/✗ with the reported and the reproduced value, every value that differs with its results.json path, and the
 * output files. Everything taken from the spec or the data is escaped. No clock time: the same verification writes
 * the same bytes.
 */
public final class VerificationPage {
    private VerificationPage() {}

    private static final String CSS = "body{margin:0;font:16px/1.5 'DejaVu Sans',Arial,sans-serif;color:#1a1a1a}"
            + "main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem}h1{font-size:1.6rem;line-height:1.25}"
            + "h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}"
            + ".verdict{padding:0.8rem 1rem;border-radius:4px;font-weight:bold;font-size:1.15rem}"
            + ".verdict.ok{background:#e6f4ea;border:1px solid #1e7b34}.verdict.fail{background:#fdecea;border:1px solid #b3261e}"
            + ".scroll{overflow-x:auto}table{border-collapse:collapse;margin:0.5rem 0;font-size:0.9rem}"
            + "th,td{border-bottom:1px solid #ddd;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3}td.num{font-variant-numeric:tabular-nums;white-space:nowrap}"
            + "code{font-family:'DejaVu Sans Mono',monospace;font-size:0.85em;overflow-wrap:anywhere;word-break:break-all}"
            + ".mark{font-weight:bold;white-space:nowrap}.mark.ok{color:#1e7b34}.mark.fail{color:#b3261e}"
            + ".mark.listed{color:#6b6b6b}tr.fail td{background:#fdf3f2}.meta{color:#555;font-size:0.9rem}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:0.2rem 1rem}dt{font-weight:bold}dd{margin:0}"
            + "@media print{.verdict,tr.fail td{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

    public static String html(VerificationSubject subject, VerifyReport r) {
        VerificationJson.Tally t = VerificationJson.Tally.of(r);
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\" />")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />")
                .append("<title>Verification: ").append(esc(subject.title())).append("</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
        sb.append("<h1>Verification report: ").append(esc(subject.title())).append("</h1>\n");
        boolean ok = r.reproduced();
        sb.append("<p class=\"verdict ").append(ok ? "ok" : "fail").append("\" id=\"verdict\">")
                .append(ok ? "✓ Reproduced" : "✗ Not reproduced").append(": ")
                .append(t.inputsSame()).append(" of ").append(t.inputs()).append(" inputs unchanged, ")
                .append(t.valuesSame()).append(" of ").append(t.values()).append(" values equal, ")
                .append(t.countedSame()).append(" of ").append(t.counted()).append(" text outputs identical");
        if (t.claims() > 0) sb.append(", ").append(t.claimsOk()).append(" of ").append(t.claims())
                .append(" reported numbers reproduced");
        sb.append(".</p>\n");

        sb.append("<h2 id=\"what\">What was verified</h2>\n<dl>\n");
        item(sb, "Spec", "<code>" + esc(subject.spec()) + "</code>");
        item(sb, "Earlier run", "<code>" + esc(r.against().toString()) + "</code>");
        item(sb, "Tolerance", "numbers agree when their relative difference is at most "
                + esc(NumberComparison.relative(r.tolerance())));
        item(sb, "Tool", "metareport " + esc(subject.tool().version()));
        item(sb, "Commit", subject.tool().commit() == null ? "unknown" : "<code>" + esc(subject.tool().commit()) + "</code>");
        item(sb, "Jar SHA-256", subject.tool().jarSha256() == null ? "not run from a jar"
                : "<code>" + esc(subject.tool().jarSha256()) + "</code>");
        sb.append("</dl>\n<p class=\"meta\">To repeat: <code>java -jar metareport.jar verify ").append(esc(subject.spec()))
                .append(" --against ").append(esc(r.against().toString())).append("</code> with the jar of this hash.</p>\n");

        sb.append("<h2 id=\"claims\">Reported numbers</h2>\n");
        if (r.claims().isEmpty()) {
            sb.append("<p>The spec lists no claims (<code>claims:</code>), so no reported number was checked.</p>\n");
        } else {
            sb.append("<div class=\"scroll\"><table><thead><tr><th></th><th>analysis</th><th>term</th><th>field</th>")
                    .append("<th>reported</th><th>reproduced</th><th>at the reported rounding</th></tr></thead><tbody>\n");
            for (ClaimResult c : r.claims()) {
                sb.append("<tr class=\"claim ").append(c.ok() ? "ok" : "fail").append("\">").append(mark(c.ok(), true))
                        .append("<td>").append(esc(c.analysis())).append("</td><td>")
                        .append(c.term() == null ? "" : esc(c.term()) + (c.robust() ? " (robust)" : ""))
                        .append("</td><td>").append(esc(c.field())).append("</td><td class=\"num\">")
                        .append(esc(c.reported())).append("</td><td class=\"num\">")
                        .append(c.reproduced() == null ? "no such value" : esc(org.metareport.format.Apa.shortest(c.reproduced())))
                        .append("</td><td class=\"num\">").append(esc(rounded(c))).append("</td></tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }

        sb.append("<h2 id=\"differences\">Differences</h2>\n");
        List<NumberComparison.Leaf> diffs = r.numbers().stream().filter(l -> !l.same()).toList();
        if (diffs.isEmpty()) {
            sb.append("<p>None: all ").append(t.values()).append(" values of results.json agree with the earlier run.</p>\n");
        } else {
            sb.append("<p>").append(diffs.size()).append(" of ").append(t.values())
                    .append(" values of results.json differ from the earlier run:</p>\n")
                    .append("<div class=\"scroll\"><table><thead><tr><th></th><th>path in results.json</th>")
                    .append("<th>earlier</th><th>now</th><th>relative difference</th></tr></thead><tbody>\n");
            for (NumberComparison.Leaf l : diffs) {
                sb.append("<tr class=\"difference fail\">").append(mark(false, true)).append("<td><code>")
                        .append(esc(l.path())).append("</code></td><td class=\"num\">").append(esc(l.expected()))
                        .append("</td><td class=\"num\">").append(esc(l.actual())).append("</td><td class=\"num\">")
                        .append(esc(NumberComparison.relative(l.relative()))).append("</td></tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }

        sb.append("<h2 id=\"inputs\">Inputs</h2>\n<p>The files the earlier run read, hashed again today (SHA-256).</p>\n");
        files(sb, r.inputs(), "role");
        sb.append("<h2 id=\"outputs\">Output files</h2>\n<p>Markdown and JSON outputs must be byte-identical; HTML, ")
                .append("PDF and figures are listed but do not decide the verdict (their bytes depend on the machine's ")
                .append("fonts and Java).</p>\n");
        files(sb, r.outputs(), null);
        sb.append("<p class=\"meta\">Written by metareport ").append(esc(subject.tool().version()))
                .append(" (<code>verify --report</code>); the same facts are in verification.json.</p>\n");
        sb.append("</main></body></html>\n");
        return sb.toString();
    }

    private static void files(StringBuilder sb, List<VerifyReport.FileCheck> files, String roleColumn) {
        sb.append("<div class=\"scroll\"><table><thead><tr><th></th>");
        if (roleColumn != null) sb.append("<th>role</th>");
        sb.append("<th>file</th><th>SHA-256 earlier</th><th>SHA-256 now</th></tr></thead><tbody>\n");
        for (VerifyReport.FileCheck f : files) {
            sb.append("<tr class=\"file ").append(f.same() ? "ok" : f.counted() ? "fail" : "listed").append("\">")
                    .append(mark(f.same(), f.counted()));
            if (roleColumn != null) sb.append("<td>").append(esc(f.role())).append("</td>");
            sb.append("<td><code>").append(esc(f.path())).append("</code></td><td><code>")
                    .append(f.expected() == null ? "(absent)" : esc(f.expected())).append("</code></td><td><code>")
                    .append(f.actual() == null ? "(missing)" : f.same() ? "same" : esc(f.actual()))
                    .append("</code></td></tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    private static void item(StringBuilder sb, String term, String html) {
        sb.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private static String mark(boolean same, boolean counted) {
        if (same) return "<td class=\"mark ok\" aria-label=\"ok\">✓</td>";
        return counted ? "<td class=\"mark fail\" aria-label=\"differs\">✗</td>"
                : "<td class=\"mark listed\" aria-label=\"differs, not counted\">~</td>";
    }

    /** The reproduced value at the manuscript's rounding, written as the report writes the reported one. */
    static String rounded(ClaimResult c) {
        if (c.reproduced() == null) return "";
        if (c.digits() == null) return org.metareport.format.Apa.shortest(c.reproduced());
        return org.metareport.format.Apa.fixed(c.reproduced(), c.digits());
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}

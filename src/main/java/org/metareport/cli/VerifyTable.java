package org.metareport.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.verify.NumberComparison;
import org.metareport.verify.VerifyReport;

/** The table {@code verify} prints: a summary per kind, then every difference with both values. */
final class VerifyTable {
    private VerifyTable() {}

    static String text(Path spec, VerifyReport r, boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "verify %s against %s (numbers within relative %s)%n%n", spec, r.against(),
                NumberComparison.relative(r.tolerance()).replace("e", "e")));
        long inSame = r.inputs().stream().filter(VerifyReport.FileCheck::same).count();
        long numSame = r.numbers().stream().filter(NumberComparison.Leaf::same).count();
        long numbers = r.numbers().stream().filter(NumberComparison.Leaf::number).count();
        List<VerifyReport.FileCheck> counted = r.outputs().stream().filter(VerifyReport.FileCheck::counted).toList();
        long outSame = counted.stream().filter(VerifyReport.FileCheck::same).count();
        long binary = r.outputs().size() - counted.size();
        long binarySame = r.outputs().stream().filter(f -> !f.counted() && f.same()).count();
        sb.append(String.format(Locale.ROOT, "%-8s %-8s %s%n", "what", "result", "detail"));
        sb.append(String.format(Locale.ROOT, "%-8s %-8s %d of %d unchanged (SHA-256)%n", "inputs",
                verdict(inSame == r.inputs().size()), inSame, r.inputs().size()));
        sb.append(String.format(Locale.ROOT, "%-8s %-8s %d of %d values equal (%d numbers)%n", "results",
                verdict(numSame == r.numbers().size()), numSame, r.numbers().size(), numbers));
        sb.append(String.format(Locale.ROOT, "%-8s %-8s %d of %d text outputs identical; %d of %d renderings (HTML, PDF, "
                        + "figures) identical (listed, not counted: their bytes depend on fonts)%n", "files", verdict(outSame == counted.size()), outSame,
                counted.size(), binarySame, binary));
        if (!r.claims().isEmpty()) {
            long claimsOk = r.claims().stream().filter(org.metareport.results.ClaimResult::ok).count();
            sb.append(String.format(Locale.ROOT, "%-8s %-8s %d of %d reported numbers reproduced at their rounding%n",
                    "claims", verdict(claimsOk == r.claims().size()), claimsOk, r.claims().size()));
        }
        List<String[]> rows = new ArrayList<>();
        for (VerifyReport.FileCheck f : r.inputs()) {
            if (verbose || !f.same()) rows.add(new String[] {mark(f.same(), true), "input " + f.path(), shortHash(f.expected()),
                    f.actual() == null ? "(missing)" : shortHash(f.actual()), ""});
        }
        for (NumberComparison.Leaf l : r.numbers()) {
            if (verbose || !l.same()) rows.add(new String[] {mark(l.same(), true), l.path(), l.expected(), l.actual(),
                    l.number() && !l.same() ? "rel " + NumberComparison.relative(l.relative()) : ""});
        }
        for (VerifyReport.FileCheck f : r.outputs()) {
            if (verbose || !f.same()) rows.add(new String[] {mark(f.same(), f.counted()), "file " + f.path(),
                    f.expected() == null ? "(absent)" : shortHash(f.expected()),
                    f.actual() == null ? "(absent)" : shortHash(f.actual()), f.counted() ? "" : "not counted"});
        }
        for (var c : r.claims()) {
            if (verbose || !c.ok()) rows.add(new String[] {mark(c.ok(), true), "claim " + c.analysis() + " "
                    + (c.term() == null ? "" : c.term() + " ") + c.field(), c.reported(),
                    c.reproduced() == null ? "(none)" : String.valueOf(c.reproduced()), ""});
        }
        if (!rows.isEmpty()) {
            int w = Math.min(70, rows.stream().mapToInt(x -> x[1].length()).max().orElse(10));
            sb.append(String.format(Locale.ROOT, "%n%-2s %-" + w + "s %-24s %s%n", "", "what", "earlier", "now"));
            for (String[] x : rows) {
                sb.append(String.format(Locale.ROOT, "%-2s %-" + w + "s %-24s %-24s %s%n", x[0], x[1], x[2], x[3], x[4]).stripTrailing()).append('\n');
            }
        }
        sb.append(String.format(Locale.ROOT, "%n%s%n", r.reproduced() ? "reproduced: yes" : "reproduced: NO"));
        return sb.toString();
    }

    private static String verdict(boolean ok) {
        return ok ? "ok" : "DIFFERS";
    }

    private static String mark(boolean same, boolean counted) {
        return same ? "✓" : counted ? "✗" : "~";
    }

    private static String shortHash(String h) {
        return h == null ? "" : h.length() > 12 ? h.substring(0, 12) + "…" : h;
    }
}

package org.metareport.figures;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.metareport.results.AnalysisResult;
import org.metareport.results.Results;

/**
 * Every figure of one report, numbered once in reading order (the review's PRISMA flow and risk-of-bias plots first,
 * then each analysis's figures), with the warnings of the figures stage: a forest plot past
 * {@link ReportFigures#MAX_FOREST_ROWS} rows is left out and said so. The render stage only places what it is given.
 *
 * @param drawn    the figures, numbered 1, 2, … in the order the report shows them
 * @param warnings what was left out, and why
 */
public record FigureSet(List<ReportFigures.Drawn> drawn, List<String> warnings) {
    public FigureSet {
        drawn = List.copyOf(drawn);
        warnings = List.copyOf(warnings);
    }

    /** Draws and numbers every figure of {@code results}; {@code sortForest} orders forest rows by effect size. */
    public static FigureSet draw(Results results, boolean sortForest) {
        return draw(results, sortForest, null);
    }

    /**
     * Draws and numbers every figure of {@code results}; a forest plot taller than {@code frame} also gets page-sized
     * print parts (null: every figure prints whole).
     */
    public static FigureSet draw(Results results, boolean sortForest, PrintFrame frame) {
        return draw(results, sortForest, frame, Jobs.IN_ORDER);
    }

    /**
     * The same, with the figures drawn as independent {@code jobs} (e.g. on several cores): the review's figures, each
     * forest plot, each analysis's other figures. The figures, their numbers and bytes are those drawn in order.
     */
    public static FigureSet draw(Results results, boolean sortForest, PrintFrame frame, Jobs jobs) {
        List<Supplier<List<ReportFigures.Drawn>>> all = new ArrayList<>();
        all.add(() -> ReviewFigures.draw(results.prisma(), results.riskOfBias(), 1));
        all.addAll(ReportFigures.jobs(results, sortForest, frame));
        List<ReportFigures.Drawn> drawn = sharingPngs(ReportFigures.numbered(jobs.all(all), 1));
        List<String> warnings = new ArrayList<>();
        String glyphs = missingGlyphs(drawn);
        if (glyphs != null) warnings.add(glyphs);
        for (AnalysisResult a : results.analyses()) {
            if (forestLeftOut(a)) {
                warnings.add(String.format(Locale.ROOT, "the forest plot of analysis '%s' was left out: "
                        + "%,d effect sizes, more than the %,d rows a readable forest plot holds", a.id(),
                        a.weights().size(), ReportFigures.MAX_FOREST_ROWS));
            }
        }
        return new FigureSet(drawn, warnings);
    }

    /**
     * The figures with one PNG per distinct picture, print parts included ({@link Figure#sharingPngs}): e.g. a subgroup
     * analysis's forest plot that shows the same rows as the overall model's is encoded once.
     */
    static List<ReportFigures.Drawn> sharingPngs(List<ReportFigures.Drawn> drawn) {
        List<Figure> all = new ArrayList<>();
        for (ReportFigures.Drawn d : drawn) {
            all.add(d.figure());
            for (ReportFigures.PrintPart part : d.printParts()) all.add(part.figure());
        }
        Iterator<Figure> shared = Figure.sharingPngs(all).iterator();
        List<ReportFigures.Drawn> out = new ArrayList<>(drawn.size());
        for (ReportFigures.Drawn d : drawn) {
            Figure figure = shared.next();
            List<ReportFigures.PrintPart> parts = new ArrayList<>(d.printParts().size());
            for (ReportFigures.PrintPart part : d.printParts())
                parts.add(new ReportFigures.PrintPart(part.pngPath(), shared.next()));
            out.add(new ReportFigures.Drawn(d.id(), d.kind(), d.analysis(), d.number(), d.caption(), d.svgPath(),
                    d.pngPath(), figure, parts));
        }
        return out;
    }

    /** True when the analysis would have a forest plot but has too many rows for a readable one. */
    static boolean forestLeftOut(AnalysisResult a) {
        return a.interceptOnly() && a.prediction() != null && a.weights().size() > ReportFigures.MAX_FOREST_ROWS;
    }

    /** Characters listed by name before "and n more". */
    static final int MAX_LISTED = 12;

    /**
     * @return one line naming every character of the figures' text that no font on this machine has (U+XXXX and the
     *         character, the figure and the text it is in), or null when every character is drawn
     */
    static String missingGlyphs(List<ReportFigures.Drawn> drawn) {
        Map<Integer, String> where = new LinkedHashMap<>();
        for (ReportFigures.Drawn d : drawn)
            for (Map.Entry<Integer, String> e : d.figure().missingGlyphs().entrySet())
                where.putIfAbsent(e.getKey(), d.id() + ": \"" + excerpt(e.getValue()) + "\"");
        if (where.isEmpty()) return null;
        StringBuilder list = new StringBuilder();
        int n = 0;
        for (Map.Entry<Integer, String> e : where.entrySet()) {
            if (n == MAX_LISTED) {
                list.append(String.format(Locale.ROOT, "; and %d more", where.size() - MAX_LISTED));
                break;
            }
            if (n++ > 0) list.append("; ");
            list.appendCodePoint(e.getKey()).append(String.format(Locale.ROOT, " (U+%04X, in %s)", e.getKey(), e.getValue()));
        }
        return String.format(Locale.ROOT, "figures: no font has %s; %s drawn as an empty box in the PNG figures (and the "
                + "PDF); install a font that has %s (e.g. Debian's fonts-noto-cjk for Chinese, Japanese and Korean)",
                list, where.size() == 1 ? "it is" : "they are", where.size() == 1 ? "it" : "them");
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= 48 ? flat : flat.substring(0, flat.offsetByCodePoints(0, 47)) + "…";
    }
}

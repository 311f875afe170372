package org.metareport.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a forest plot, as metafor's {@code forest()} does for an intercept-only model: one row per effect (label,
 * extra columns, a square sized by weight on its CI line, "estimate [CI]" and weight), the pooled estimate as a
 * diamond, the prediction interval beneath it, a reference line and an axis titled with the measure.
 *
 * <pre>{@code
 * Figure f = ForestPlot.draw(ForestData.builder(rows)
 *         .summary(new ForestSummary("RE Model", -0.71, -1.07, -0.36, -1.87, 0.44))
 *         .xlab("Log risk ratio").estimateHeading("Log RR [95% CI]").build());
 * Files.writeString(dir.resolve("forest.svg"), f.svg());
 * Files.write(dir.resolve("forest.png"), f.png());
 * }</pre>
 *
 * <p>Layout, in pixels at 1×: the width is fixed at {@value #WIDTH}; each row is {@value #ROW} high, so the
 * height grows linearly with the rows and text never overlaps. Squares have area proportional to weight (largest
 * {@value #MAX_SQUARE} px wide, none under {@value #MIN_SQUARE} px). The automatic axis covers every point estimate,
 * the pooled CI and PI and the reference line, and the CIs unless a few extreme ones would squeeze the plot: those
 * end in an arrow at the axis limit instead. Same input, same bytes.
 *
 * <p>Nested data (rows naming their study): a study with several effects gets a heading row with its name and its
 * effects indented beneath ({@link ForestLines}). The pooled and prediction labels are never shortened. For print,
 * {@link #drawPages} cuts a tall plot into pages with the header and axis on each. No text is under 12 px.
 */
public final class ForestPlot {
    static final int WIDTH = 800;
    static final double ROW = 18;
    static final double FONT = 12;
    static final double MAX_SQUARE = 13;
    static final double MIN_SQUARE = 3;
    /** The default PNG scale: 1600 px wide, about 250 dpi at a 6.5-inch text width. */
    public static final double PNG_SCALE = 2;

    static final double MARGIN = 12;
    static final double GAP = 16;
    static final double MAX_LABEL = 230;
    static final double MIN_LABEL = 110;
    static final double MAX_COLUMN = 140;
    static final double MIN_PLOT = 260;
    static final double TICK = 5;
    static final double ARROW = 7;
    static final double WHISKER = 3;
    static final String PREDICTION_LABEL = "Prediction interval";
    /** How far an effect under its study's heading is indented. */
    static final double INDENT = 12;
    /** Risk-of-bias columns: the narrowest column, the circles' radius, the extra gap before the overall column. */
    static final double ROB_CELL = 20;
    static final double ROB_RADIUS = 7;
    static final double ROB_OVERALL_GAP = 6;
    static final String ROB_TITLE = "Risk of bias";

    static final TextStyle TEXT = TextStyle.regular(FONT);
    static final TextStyle HEAD = TEXT.bolded();
    // No text under 12 px: an 800 px figure printed across A4's 170 mm text block sets 12 px at 7.2 pt.
    static final TextStyle TICKS = TextStyle.regular(12);
    static final TextStyle FAVOURS = TextStyle.regular(12).italicised();
    static final TextStyle NOTE = TextStyle.regular(12).colored(new Rgb(0x333333));

    static final Rgb SQUARE = new Rgb(0x1f1f1f);
    static final Rgb BAND = new Rgb(0xf1f1f1);
    static final Stroke INK = Stroke.solid(1, Rgb.BLACK);
    static final Stroke RULE = Stroke.solid(0.75, Rgb.BLACK);
    static final Stroke PREDICTION = Stroke.solid(1.5, Rgb.BLACK);
    static final Stroke REFERENCE = Stroke.solid(1, new Rgb(0x6b6b6b)).dashed(4, 3);

    private ForestPlot() {}

    /** @return the forest plot as SVG and as PNG at {@link #PNG_SCALE} */
    public static Figure draw(ForestData data) {
        return draw(data, PNG_SCALE);
    }

    /**
     * @param pngScale PNG pixels per figure pixel, in (0, 16]; e.g. 2 for 1600 px wide
     * @return the forest plot as SVG and as PNG
     */
    public static Figure draw(ForestData data, double pngScale) {
        return Figure.of(layout(data), pngScale);
    }

    /**
     * The plot cut into pages no taller than {@code maxHeight}, for print: each page repeats the header and the axis,
     * later pages are titled "(continued)", and the pooled estimate and notes close the last one. Pages break between
     * studies where they can; the horizontal layout (columns, axis) is the same on every page.
     *
     * @param maxHeight the tallest a page may be, in pixels at 1× (e.g. the printable height for an 800 px wide
     *                  figure); {@link Double#POSITIVE_INFINITY} for one page
     * @param pngScale  PNG pixels per figure pixel
     * @return one figure per page; a single figure, equal to {@link #draw(ForestData, double)}, when it fits
     */
    public static List<Figure> drawPages(ForestData data, double maxHeight, double pngScale) {
        List<Figure> out = new ArrayList<>();
        for (Drawing page : layoutPages(data, maxHeight)) out.add(Figure.of(page, pngScale));
        return out;
    }

    /** @return the format-independent drawing of the plot */
    static Drawing layout(ForestData data) {
        return new Layout(data, Double.POSITIVE_INFINITY).draw(0);
    }

    /** @return the format-independent drawings of the plot's pages; see {@link #drawPages} */
    static List<Drawing> layoutPages(ForestData data, double maxHeight) {
        if (!(maxHeight > 0)) throw new IllegalArgumentException("maxHeight must be positive, was " + maxHeight);
        return new Layout(data, maxHeight).drawPages();
    }

    /** A row in drawing order, with the index of its study (for bands) and its index in {@link ForestData#rows()}. */
    record Placed(ForestRow row, int study, int index) {}

    /**
     * @return the rows in drawing order: rows of one study together, in order of first appearance; when sorting,
     *         studies by mean yi and rows by yi within each, ties kept in input order
     */
    static List<Placed> order(ForestData d) {
        List<List<Integer>> studies = new ArrayList<>();
        Map<String, List<Integer>> byStudy = new HashMap<>();             // lookup only, never iterated
        for (int i = 0; i < d.rows().size(); i++) {
            ForestRow r = d.rows().get(i);
            List<Integer> study = r.study() == null ? null : byStudy.get(r.study());
            if (study == null) {
                study = new ArrayList<>();
                studies.add(study);
                if (r.study() != null) byStudy.put(r.study(), study);
            }
            study.add(i);
        }
        if (d.sortByEffect()) {
            for (List<Integer> s : studies) s.sort(Comparator.comparingDouble(i -> d.rows().get(i).yi()));
            studies.sort(Comparator.comparingDouble(s -> s.stream().mapToDouble(i -> d.rows().get(i).yi()).average().orElse(0)));
        }
        List<Placed> out = new ArrayList<>(d.rows().size());
        for (int i = 0; i < studies.size(); i++)
            for (int row : studies.get(i)) out.add(new Placed(d.rows().get(row), i, row));
        return out;
    }

    /**
     * @return [lo, hi] on the analysis scale the automatic axis must show: all point estimates, the summary's CI
     *         and PI and the reference line, then the CIs, except that lower (upper) CI ends beyond the 10th (90th)
     *         percentile are followed only half that range further out; those CIs are clipped with arrows
     */
    static double[] extent(ForestData d) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        double[] lows = new double[d.rows().size()], highs = new double[d.rows().size()];
        for (int i = 0; i < lows.length; i++) {
            ForestRow r = d.rows().get(i);
            lo = Math.min(lo, r.yi());
            hi = Math.max(hi, r.yi());
            lows[i] = r.ciLower();
            highs[i] = r.ciUpper();
        }
        ForestSummary s = d.summary();
        if (s != null) {
            lo = Math.min(lo, s.ciLower());
            hi = Math.max(hi, s.ciUpper());
            if (s.hasPrediction()) {
                lo = Math.min(lo, s.piLower());
                hi = Math.max(hi, s.piUpper());
            }
        }
        if (d.refline() != null) {
            lo = Math.min(lo, d.refline());
            hi = Math.max(hi, d.refline());
        }
        Arrays.sort(lows);
        Arrays.sort(highs);
        double baseLo = Math.min(lo, quantile(lows, 0.1)), baseHi = Math.max(hi, quantile(highs, 0.9));
        double reach = 0.5 * (baseHi - baseLo);
        return new double[] {
            Math.min(baseLo, Math.max(lows[0], baseLo - reach)),
            Math.max(baseHi, Math.min(highs[highs.length - 1], baseHi + reach))};
    }

    /** R's default quantile (type 7) of sorted values. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }

    /** @return {@code text} on one line: white space and control characters as single spaces, trimmed */
    static String clean(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** @return the side of a row's square: area proportional to weight, between the minimum and maximum */
    static double squareSide(Double weight, double maxWeight) {
        if (weight == null) return MAX_SQUARE * 0.6;
        if (!(maxWeight > 0)) return MIN_SQUARE;
        return Math.max(MIN_SQUARE, MAX_SQUARE * Math.sqrt(weight / maxWeight));
    }

    /** The text baseline that centres digits and capitals vertically on {@code centre}. */
    static double baseline(double centre, TextStyle style) {
        return centre + 0.36 * style.size();
    }

    /** One plot's positions: horizontal ones computed once in the constructor, vertical ones per page. */
    private static final class Layout {
        final ForestData d;
        final Transform t;
        final List<Placed> rows;
        final List<List<ForestLines.Line>> pages;
        final Axis axis;
        final boolean weights;
        final double maxWeight;
        // horizontal positions
        final double labelWidth;
        final double[] columnCentres;
        final double[] columnWidths;
        final double plotLeft, plotRight;
        final double estRight, lowRight, highRight, weightRight;
        final double wideLabelWidth;
        // risk-of-bias columns: their centres, width, and per study (drawing order) its first row's index
        final ForestRiskOfBias rob;
        final double[] robCentres;
        final double robCell;
        final int[] studyRow;
        // vertical sizes
        final boolean header;
        final double robHead;
        final double rowsTop, axisBlock, summaryBlock, notesBlock, legendBlock;
        final List<String> noteLines;
        final List<String> legendLines;
        final List<List<ForestRiskOfBias.Level>> legendRows;

        /** @param maxHeight the tallest a page may be, in pixels at 1×; infinite for one page */
        Layout(ForestData d, double maxHeight) {
            this.d = d;
            this.t = d.transform();
            this.rows = order(d);
            this.weights = d.hasWeights();
            this.maxWeight = d.rows().stream().filter(r -> r.weight() != null)
                .mapToDouble(ForestRow::weight).max().orElse(0);
            double[] ext = extent(d);
            this.axis = d.axisLower() != null ? Axis.fixed(d.axisLower(), d.axisUpper(), t) : Axis.auto(ext[0], ext[1], t);
            ForestSummary s = d.summary();
            this.rob = d.riskOfBias();
            this.studyRow = new int[rows.isEmpty() ? 0 : rows.get(rows.size() - 1).study() + 1];
            for (int i = rows.size() - 1; i >= 0; i--) studyRow[rows.get(i).study()] = rows.get(i).index();

            // vertical sizes, then the pages
            header = rob != null || !(d.labelHeading().isBlank() && d.estimateHeading().isBlank()
                && (!weights || d.weightHeading().isBlank()) && d.columnHeadings().stream().allMatch(String::isBlank));
            robHead = rob == null ? 0 : ROW;
            rowsTop = MARGIN + robHead + (header ? ROW + 4 : 0);
            summaryBlock = s == null ? 0 : ROW * 0.5 + ROW + (s.hasPrediction() ? ROW : 0);
            axisBlock = 6 + TICK + 16 + (d.favoursLower() != null || d.favoursUpper() != null ? 15 : 0) + 20;
            noteLines = new ArrayList<>();
            for (String note : d.notes()) noteLines.addAll(TextMeasure.wrap(clean(note), NOTE, WIDTH - 2 * MARGIN));
            notesBlock = noteLines.size() * 14 + (noteLines.isEmpty() ? 0 : 4);
            legendLines = new ArrayList<>();
            legendRows = new ArrayList<>();
            if (rob != null) {
                legendLines.add(ROB_TITLE + (rob.tool().isBlank() ? "" : " (" + clean(rob.tool()) + ")") + ":");
                for (String line : rob.domains()) legendLines.addAll(TextMeasure.wrap(clean(line), NOTE, WIDTH - 2 * MARGIN));
                double x = 0;
                for (ForestRiskOfBias.Level l : rob.levels()) {
                    double w = legendWidth(l);
                    if (legendRows.isEmpty() || (x > 0 && x + w > WIDTH - 2 * MARGIN)) {
                        legendRows.add(new ArrayList<>());
                        x = 0;
                    }
                    legendRows.get(legendRows.size() - 1).add(l);
                    x += w;
                }
            }
            legendBlock = rob == null ? 0 : 6 + legendLines.size() * 14 + legendRows.size() * 18 + 4;
            List<ForestLines.Line> lines = ForestLines.of(rows);
            if (Double.isInfinite(maxHeight)) {
                pages = List.of(lines);
            } else {
                double free = maxHeight - 1 - rowsTop - axisBlock - (MARGIN - 6);   // 1 px for rounding up
                pages = ForestLines.paginate(lines, (int) Math.floor(free / ROW),
                    (int) Math.floor((free - summaryBlock - notesBlock - legendBlock) / ROW));
            }

            // right-hand columns: estimate [lower, upper] aligned piece by piece, then weight
            double wEst = 0, wLow = 0, wHigh = 0;
            for (Placed p : rows) {
                wEst = Math.max(wEst, TextMeasure.width(est(p.row().yi()), TEXT));
                wLow = Math.max(wLow, TextMeasure.width(low(p.row().ciLower()), TEXT));
                wHigh = Math.max(wHigh, TextMeasure.width(high(p.row().ciUpper()), TEXT));
            }
            if (s != null) {
                wEst = Math.max(wEst, TextMeasure.width(est(s.estimate()), HEAD));
                wLow = Math.max(wLow, TextMeasure.width(low(s.ciLower()), HEAD));
                wHigh = Math.max(wHigh, TextMeasure.width(high(s.ciUpper()), HEAD));
                if (s.hasPrediction()) {
                    wLow = Math.max(wLow, TextMeasure.width(low(s.piLower()), TEXT));
                    wHigh = Math.max(wHigh, TextMeasure.width(high(s.piUpper()), TEXT));
                }
            }
            double space = TextMeasure.width(" ", TEXT);
            double annotation = Math.max(wEst + space + wLow + space + wHigh,
                TextMeasure.width(d.estimateHeading(), HEAD));
            // risk-of-bias columns at the right edge, the overall one a little apart
            double right = WIDTH - MARGIN;
            if (rob != null) {
                double cell = ROB_CELL;
                for (String h : rob.headings()) cell = Math.max(cell, TextMeasure.width(clean(h), HEAD) + 4);
                robCell = cell;
                int n = rob.headings().size();
                robCentres = new double[n];
                for (int j = n - 1; j >= 0; j--) {
                    robCentres[j] = right - robCell / 2;
                    right -= robCell + (j == n - 1 && rob.overall() && n > 1 ? ROB_OVERALL_GAP : 0);
                }
                right -= GAP - 4;
            } else {
                robCell = 0;
                robCentres = new double[0];
            }
            double weightWidth = weights
                ? Math.max(TextMeasure.width(d.weightHeading(), HEAD), TextMeasure.width("100.0%", TEXT)) : 0;
            weightRight = right;
            highRight = weights ? right - weightWidth - GAP : right;
            lowRight = highRight - wHigh - space;
            estRight = lowRight - wLow - space;
            plotRight = highRight - annotation - GAP;

            // left-hand columns: labels, then the extra text columns
            int nc = d.columnHeadings().size();
            columnWidths = new double[nc];
            columnCentres = new double[nc];
            double columnsWidth = 0;
            for (int j = 0; j < nc; j++) {
                double w = TextMeasure.width(clean(d.columnHeadings().get(j)), HEAD);
                for (Placed p : rows) w = Math.max(w, TextMeasure.width(clean(p.row().columns().get(j)), TEXT));
                columnWidths[j] = Math.min(w, MAX_COLUMN);
                columnsWidth += columnWidths[j] + GAP;
            }
            double widest = TextMeasure.width(labelHeading(pages.size() > 1), HEAD);
            for (List<ForestLines.Line> page : pages)
                for (ForestLines.Line l : page) widest = Math.max(widest, labelWidth(l));
            // the summary and prediction labels are never shortened: they may use the extra columns' room too
            double summaryWidth = 0;
            if (s != null) {
                summaryWidth = TextMeasure.width(clean(s.label()), HEAD);
                if (s.hasPrediction()) summaryWidth = Math.max(summaryWidth, TextMeasure.width(PREDICTION_LABEL, TEXT));
            }
            double floor = Math.max(MIN_LABEL, summaryWidth - columnsWidth);
            double lw = Math.max(Math.min(widest, MAX_LABEL), summaryWidth - columnsWidth);
            double spare = plotRight - (MARGIN + lw + GAP + columnsWidth) - MIN_PLOT;
            if (spare < 0) lw = Math.max(floor, lw + spare);
            labelWidth = lw;
            double x = MARGIN + labelWidth + GAP;
            for (int j = 0; j < nc; j++) {
                columnCentres[j] = x + columnWidths[j] / 2;
                x += columnWidths[j] + GAP;
            }
            plotLeft = x;
            if (plotRight - plotLeft < 100)
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the forest plot's columns leave %.0f px for the plot; use fewer or narrower extra columns",
                    plotRight - plotLeft));
            wideLabelWidth = plotLeft - GAP - MARGIN;
        }

        /** The label column's heading; on a continuation page, marked "(continued)". */
        String labelHeading(boolean continued) {
            String h = clean(d.labelHeading());
            if (!continued) return h;
            return h.isEmpty() ? ForestLines.CONTINUED.strip() : h + ForestLines.CONTINUED;
        }

        /** The width a line's label asks for in the label column, indent included. */
        double labelWidth(ForestLines.Line l) {
            if (l.isHeading()) return TextMeasure.width(clean(l.heading()), HEAD);
            return TextMeasure.width(clean(l.placed().row().label()), TEXT) + (l.indented() ? INDENT : 0);
        }

        double x(double v) {
            return plotLeft + (v - axis.lower()) / axis.span() * (plotRight - plotLeft);
        }

        String value(double v) {
            return NumberText.fixed(t.apply(v), d.digits());
        }

        String est(double v) {
            return value(v);
        }

        String low(double v) {
            return "[" + value(v) + ",";
        }

        String high(double v) {
            return value(v) + "]";
        }

        /** The annotation "est [low, high]" as three right-aligned pieces; est may be null (prediction row). */
        List<Span> annotation(Double estimate, double lower, double upper) {
            List<Span> spans = new ArrayList<>(3);
            if (estimate != null) spans.add(new Span(estRight, est(estimate)));
            spans.add(new Span(lowRight, (estimate != null ? " " : "") + low(lower)));
            spans.add(new Span(highRight, " " + high(upper)));
            return spans;
        }

        String interval(double lower, double upper) {
            return "[" + value(lower) + ", " + value(upper) + "]";
        }

        /** Every page, top to bottom: header and axis on each, the pooled estimate and notes on the last. */
        List<Drawing> drawPages() {
            List<Drawing> out = new ArrayList<>(pages.size());
            for (int p = 0; p < pages.size(); p++) out.add(draw(p));
            return out;
        }

        Drawing draw(int p) {
            List<ForestLines.Line> lines = pages.get(p);
            boolean last = p == pages.size() - 1;
            double rowsBottom = rowsTop + lines.size() * ROW;
            double y = rowsBottom + (last ? summaryBlock : 0);
            double axisY = y + 6;
            double notesTop = y + axisBlock;
            double height = Math.ceil(notesTop + (last ? notesBlock + legendBlock : 0) + MARGIN - 6);
            Drawing.Recorder c = new Drawing.Recorder();
            c.rect(0, 0, WIDTH, height, Rgb.WHITE, null);
            bands(c, lines);
            if (header) header(c, p > 0);
            reference(c, axisY);
            for (int i = 0; i < lines.size(); i++) line(c, lines.get(i), rowsTop + (i + 0.5) * ROW);
            if (last && d.summary() != null) summary(c, d.summary(), rowsBottom);
            axis(c, axisY);
            if (last) notes(c, notesTop);
            if (last) legend(c, notesTop + notesBlock);
            String title = clean(d.title()) + (p > 0 ? ForestLines.CONTINUED : "");
            String description = pages.size() == 1 ? description() : String.format(Locale.ROOT,
                "Part %d of %d. %s", p + 1, pages.size(), description());
            return c.finish(WIDTH, (int) height, title, description);
        }

        void bands(Canvas c, List<ForestLines.Line> lines) {
            if (!d.nested() || !d.studyBands()) return;
            int i = 0;
            while (i < lines.size()) {
                int j = i;
                while (j < lines.size() && lines.get(j).study() == lines.get(i).study()) j++;
                if (lines.get(i).study() % 2 == 1)
                    c.rect(MARGIN / 2, rowsTop + i * ROW, WIDTH - MARGIN, (j - i) * ROW, BAND, null);
                i = j;
            }
        }

        void header(Canvas c, boolean continued) {
            c.beginGroup(null, "header", null);
            double base = baseline(MARGIN + robHead + ROW / 2, HEAD);
            if (rob != null) {
                double left = robCentres[0] - robCell / 2, right = robCentres[robCentres.length - 1] + robCell / 2;
                c.text((left + right) / 2, baseline(MARGIN + ROW / 2, HEAD),
                    TextMeasure.ellipsize(ROB_TITLE, HEAD, Math.max(right - left, TextMeasure.width(ROB_TITLE, HEAD))),
                    HEAD, Anchor.MIDDLE);
                c.line(left + 2, MARGIN + ROW - 1, right - 2, MARGIN + ROW - 1, RULE);
                for (int j = 0; j < robCentres.length; j++)
                    c.text(robCentres[j], base, clean(rob.headings().get(j)), HEAD, Anchor.MIDDLE);
            }
            String label = labelHeading(continued);
            if (!label.isBlank())
                c.text(MARGIN, base, TextMeasure.ellipsize(label, HEAD, labelWidth), HEAD, Anchor.START);
            for (int j = 0; j < columnCentres.length; j++)
                c.text(columnCentres[j], base, TextMeasure.ellipsize(clean(d.columnHeadings().get(j)), HEAD,
                    columnWidths[j]), HEAD, Anchor.MIDDLE);
            c.text(highRight, base, clean(d.estimateHeading()), HEAD, Anchor.END);
            if (weights) c.text(weightRight, base, clean(d.weightHeading()), HEAD, Anchor.END);
            c.line(MARGIN, rowsTop - 2, WIDTH - MARGIN, rowsTop - 2, RULE);
            c.endGroup();
        }

        void reference(Canvas c, double axisY) {
            if (d.refline() == null || d.refline() < axis.lower() || d.refline() > axis.upper()) return;
            double x = x(d.refline());
            c.line(x, rowsTop, x, axisY, REFERENCE);
        }

        void line(Canvas c, ForestLines.Line l, double cy) {
            if (!l.isHeading()) {
                row(c, l.placed(), cy, l.indented() ? INDENT : 0);
                return;
            }
            String heading = clean(l.heading());
            c.beginGroup(null, "study", heading);
            // a heading line has no interval: a long study name may run on into the plot area
            c.text(MARGIN, baseline(cy, HEAD), TextMeasure.ellipsize(heading, HEAD, plotRight - MARGIN), HEAD, Anchor.START);
            judgements(c, studyRow[l.study()], heading, cy);
            c.endGroup();
        }

        /** The risk-of-bias marks of a study, from forest row {@code index}; nothing without columns. */
        void judgements(Canvas c, int index, String study, double cy) {
            if (rob == null) return;
            List<String> codes = rob.of(index);
            StringBuilder title = new StringBuilder(ROB_TITLE).append(" of ").append(study).append(": ");
            if (codes.isEmpty()) title.append("not assessed");
            for (int j = 0; j < codes.size(); j++)
                title.append(j > 0 ? ", " : "").append(clean(rob.headings().get(j))).append(' ').append(codes.get(j));
            c.beginGroup(null, "rob", title.toString());
            for (int j = 0; j < codes.size(); j++) {
                c.beginGroup(null, "judgement", clean(rob.headings().get(j)) + ": " + levelText(codes.get(j)));
                RiskOfBiasPlots.mark(c, robCentres[j], cy, ROB_RADIUS, codes.get(j), FONT, false);
                c.endGroup();
            }
            c.endGroup();
        }

        String levelText(String code) {
            for (ForestRiskOfBias.Level l : rob.levels()) if (l.code().equals(code)) return clean(l.text());
            return code;
        }

        double legendWidth(ForestRiskOfBias.Level l) {
            return 2 * ROB_RADIUS + 6 + TextMeasure.width(clean(l.text()), TEXT) + 18;
        }

        void row(Canvas c, Placed p, double cy, double indent) {
            ForestRow r = p.row();
            String label = clean(r.label());
            String title = (indent > 0 && r.study() != null ? clean(r.study()) + ", " : "") + label + ": "
                + est(r.yi()) + " " + interval(r.ciLower(), r.ciUpper())
                + (r.weight() != null ? ", weight " + NumberText.percent(r.weight()) : "");
            c.beginGroup(null, "row", title);
            ci(c, r.ciLower(), r.ciUpper(), cy, INK);
            if (r.yi() >= axis.lower() && r.yi() <= axis.upper()) {
                double side = squareSide(r.weight(), maxWeight);
                c.rect(x(r.yi()) - side / 2, cy - side / 2, side, side, SQUARE, null);
            }
            double base = baseline(cy, TEXT);
            c.text(MARGIN + indent, base, TextMeasure.ellipsize(label, TEXT, labelWidth - indent), TEXT, Anchor.START);
            for (int j = 0; j < columnCentres.length; j++) {
                String cell = clean(r.columns().get(j));
                if (!cell.isEmpty())
                    c.text(columnCentres[j], base, TextMeasure.ellipsize(cell, TEXT, columnWidths[j]), TEXT, Anchor.MIDDLE);
            }
            c.text(base, annotation(r.yi(), r.ciLower(), r.ciUpper()), TEXT, Anchor.END);
            if (r.weight() != null) c.text(weightRight, base, NumberText.percent(r.weight()), TEXT, Anchor.END);
            if (indent == 0) judgements(c, p.index(), r.study() != null ? clean(r.study()) : label, cy);
            c.endGroup();
        }

        void summary(Canvas c, ForestSummary s, double rowsBottom) {
            c.line(MARGIN, rowsBottom + ROW * 0.25, WIDTH - MARGIN, rowsBottom + ROW * 0.25, RULE);
            String label = clean(s.label());
            c.beginGroup(null, "summary", label + ": " + est(s.estimate()) + " " + interval(s.ciLower(), s.ciUpper()));
            double cy = rowsBottom + ROW * 0.5 + ROW / 2, h = ROW * 0.4;
            double lo = x(clamp(s.ciLower())), mid = x(clamp(s.estimate())), hi = x(clamp(s.ciUpper()));
            c.polygon(List.of(lo, cy, mid, cy - h, hi, cy, mid, cy + h), Rgb.BLACK, null);
            double base = baseline(cy, HEAD);
            c.text(MARGIN, base, TextMeasure.ellipsize(label, HEAD, wideLabelWidth), HEAD, Anchor.START);
            c.text(base, annotation(s.estimate(), s.ciLower(), s.ciUpper()), HEAD, Anchor.END);
            c.endGroup();
            if (!s.hasPrediction()) return;
            c.beginGroup(null, "prediction", PREDICTION_LABEL + ": " + interval(s.piLower(), s.piUpper()));
            cy += ROW;
            ci(c, s.piLower(), s.piUpper(), cy, PREDICTION);
            base = baseline(cy, TEXT);
            c.text(MARGIN, base, TextMeasure.ellipsize(PREDICTION_LABEL, TEXT, wideLabelWidth), TEXT, Anchor.START);
            c.text(base, annotation(null, s.piLower(), s.piUpper()), TEXT, Anchor.END);
            c.endGroup();
        }

        double clamp(double v) {
            return Math.max(axis.lower(), Math.min(axis.upper(), v));
        }

        /** An interval as a line with end bars, or with an arrow at each end beyond the axis. */
        void ci(Canvas c, double lo, double hi, double cy, Stroke stroke) {
            double slack = 1e-12 * axis.span();
            if (hi < axis.lower() - slack) {
                arrow(c, plotLeft, cy, -1, stroke.color());
                return;
            }
            if (lo > axis.upper() + slack) {
                arrow(c, plotRight, cy, 1, stroke.color());
                return;
            }
            boolean clipLo = lo < axis.lower() - slack, clipHi = hi > axis.upper() + slack;
            double x1 = clipLo ? plotLeft + ARROW : x(lo), x2 = clipHi ? plotRight - ARROW : x(hi);
            if (x2 > x1) c.line(x1, cy, x2, cy, stroke);
            if (clipLo) arrow(c, plotLeft, cy, -1, stroke.color());
            else c.line(x1, cy - WHISKER, x1, cy + WHISKER, stroke);
            if (clipHi) arrow(c, plotRight, cy, 1, stroke.color());
            else c.line(x2, cy - WHISKER, x2, cy + WHISKER, stroke);
        }

        /** A filled arrow head with its tip at ({@code tip}, cy), pointing left (-1) or right (+1). */
        void arrow(Canvas c, double tip, double cy, int direction, Rgb color) {
            double base = tip - direction * ARROW, half = ARROW / 2;
            c.polygon(List.of(tip, cy, base, cy - half, base, cy + half), color, null);
        }

        void axis(Canvas c, double axisY) {
            c.beginGroup(null, "axis", null);
            c.line(plotLeft, axisY, plotRight, axisY, INK);
            double base = axisY + TICK + 12;
            for (Axis.Tick tick : axis.ticks()) {
                double x = x(tick.at());
                c.line(x, axisY, x, axisY + TICK, INK);
                c.text(x, base, tick.label(), TICKS, Anchor.MIDDLE);
            }
            double y = axisY + TICK + 16;
            if (d.favoursLower() != null || d.favoursUpper() != null) {
                double ref = d.refline() != null ? x(clamp(d.refline())) : (plotLeft + plotRight) / 2;
                double fb = y + 11;
                if (d.favoursLower() != null)
                    c.text(ref - 6, fb, TextMeasure.ellipsize(clean(d.favoursLower()), FAVOURS, ref - 6 - MARGIN),
                        FAVOURS, Anchor.END);
                if (d.favoursUpper() != null)
                    c.text(ref + 6, fb, TextMeasure.ellipsize(clean(d.favoursUpper()), FAVOURS,
                        WIDTH - MARGIN - ref - 6), FAVOURS, Anchor.START);
                y += 15;
            }
            String xlab = TextMeasure.ellipsize(clean(d.xlab()), TEXT, WIDTH - 2 * MARGIN);
            if (!xlab.isEmpty()) {
                double w = TextMeasure.width(xlab, TEXT);
                double centre = Math.max(MARGIN + w / 2, Math.min(WIDTH - MARGIN - w / 2, (plotLeft + plotRight) / 2));
                c.text(centre, y + 14, xlab, TEXT, Anchor.MIDDLE);
            }
            c.endGroup();
        }

        void notes(Canvas c, double notesTop) {
            if (noteLines.isEmpty()) return;
            c.beginGroup(null, "notes", null);
            for (int i = 0; i < noteLines.size(); i++)
                c.text(MARGIN, notesTop + 10 + i * 14, noteLines.get(i), NOTE, Anchor.START);
            c.endGroup();
        }

        /** Under the notes: what each risk-of-bias column is, then each judgement's mark. */
        void legend(Canvas c, double top) {
            if (rob == null) return;
            c.beginGroup(null, "rob-legend", null);
            double y = top + 6;
            for (int i = 0; i < legendLines.size(); i++)
                c.text(MARGIN, y + 10 + i * 14, legendLines.get(i), i == 0 ? NOTE.bolded() : NOTE, Anchor.START);
            y += legendLines.size() * 14;
            for (List<ForestRiskOfBias.Level> levels : legendRows) {
                double x = MARGIN, cy = y + 9;
                for (ForestRiskOfBias.Level l : levels) {
                    RiskOfBiasPlots.mark(c, x + ROB_RADIUS, cy, ROB_RADIUS, l.code(), FONT, false);
                    c.text(x + 2 * ROB_RADIUS + 6, baseline(cy, TEXT), clean(l.text()), TEXT, Anchor.START);
                    x += legendWidth(l);
                }
                y += 18;
            }
            c.endGroup();
        }

        String description() {
            long studies = rows.stream().mapToInt(Placed::study).distinct().count();
            StringBuilder b = new StringBuilder("Forest plot of ").append(rows.size())
                .append(rows.size() == 1 ? " effect" : " effects");
            if (d.nested()) b.append(" from ").append(studies).append(studies == 1 ? " study" : " studies");
            b.append(" with ").append(NumberText.level(d.level())).append("% confidence intervals");
            String xlab = clean(d.xlab());
            b.append(xlab.isEmpty() ? "." : "; axis: " + xlab + ".");
            ForestSummary s = d.summary();
            if (s != null) {
                b.append(' ').append(clean(s.label())).append(": ").append(est(s.estimate())).append(' ')
                    .append(interval(s.ciLower(), s.ciUpper())).append('.');
                if (s.hasPrediction())
                    b.append(" Prediction interval ").append(interval(s.piLower(), s.piUpper())).append('.');
            }
            if (rob != null)
                b.append(" Right: each study's risk-of-bias judgements (").append(String.join(", ",
                    rob.headings().stream().map(ForestPlot::clean).toList())).append(").");
            return b.toString();
        }
    }
}

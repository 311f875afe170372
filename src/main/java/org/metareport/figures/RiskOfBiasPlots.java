package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.metareport.format.Apa;
import org.metareport.results.RiskOfBiasResult;

/**
 * The two risk-of-bias figures reviewers know from robvis (McGuinness &amp; Higgins, 2021): the traffic-light plot (a
 * coloured circle with a symbol per study and domain, the overall judgement in its own column) and the summary plot
 * (per domain, a bar split by the share of studies with each judgement, unweighted or weighted).
 *
 * <p>Colours and symbols are robvis's "cochrane" scheme: low (JBI: yes) green with "+", some concerns and moderate
 * yellow with "−", high and serious (JBI: no) red with "×", critical dark red with "!", no information blue with "?";
 * unclear (JBI, generic) yellow with "?"; not applicable grey with "NA". The symbol keeps the plot readable in grey
 * print and for colour-blind readers. Study labels are shortened with "…" to fit; legends wrap; the width grows with
 * the domains and the height with the studies.
 */
public final class RiskOfBiasPlots {
    public static final double PNG_SCALE = 2;

    static final double MARGIN = 12;
    static final double GAP = 14;
    static final double ROW = 24;
    static final double RADIUS = 9;
    static final double MAX_LABEL = 230;
    static final double MIN_WIDTH = 360;
    static final double MAX_WIDTH = 760;
    static final double BAR = 18;
    static final double BAR_ROW = 28;
    static final double BARS = 360;
    static final double MAX_DOMAIN_LABEL = 300;

    static final TextStyle TEXT = TextStyle.regular(12);
    static final TextStyle HEAD = TEXT.bolded();
    static final TextStyle SMALL = TextStyle.regular(11);
    static final TextStyle SYMBOL = TextStyle.regular(13).bolded();
    static final TextStyle NA = TextStyle.regular(8).bolded();
    static final Rgb PANEL = new Rgb(0xececec);
    static final Stroke INK = Stroke.solid(1, Rgb.BLACK);
    static final Stroke RULE = Stroke.solid(0.75, new Rgb(0x7f7f7f));
    static final Stroke GRID = Stroke.solid(0.75, Rgb.WHITE);

    /** How a judgement is drawn. */
    enum Mark {
        PLUS(0x02c100), MINUS(0xe2df07), CROSS(0xbf0000), EXCLAIM(0x820000), QUESTION(0x4ea1f7),
        UNCLEAR(0xe2df07), NOT_APPLICABLE(0xbdbdbd);

        final Rgb fill;

        Mark(int rgb) {
            this.fill = new Rgb(rgb);
        }

        /** The symbol inside the circle, as a caption names it; "empty" for not applicable. */
        String symbol() {
            return switch (this) {
                case PLUS -> "+";
                case MINUS -> "\u2212";
                case CROSS -> "\u00d7";
                case EXCLAIM -> "!";
                case QUESTION, UNCLEAR -> "?";
                case NOT_APPLICABLE -> "empty";
            };
        }

        /** The mark of a judgement code from results.json. */
        static Mark of(String code) {
            return switch (code) {
                case "low", "yes" -> PLUS;
                case "some concerns", "moderate" -> MINUS;
                case "high", "serious", "no" -> CROSS;
                case "critical" -> EXCLAIM;
                case "no information" -> QUESTION;
                case "unclear" -> UNCLEAR;
                case "not applicable" -> NOT_APPLICABLE;
                default -> throw new IllegalArgumentException("no mark for judgement '" + code + "'");
            };
        }
    }

    private RiskOfBiasPlots() {}

    /** @return the traffic-light plot as SVG and PNG at {@link #PNG_SCALE} */
    public static Figure trafficLight(RiskOfBiasResult r) {
        return Figure.of(new TrafficLight(r).draw(), PNG_SCALE);
    }

    /** @return the summary plot (weighted when the result is) as SVG and PNG at {@link #PNG_SCALE} */
    public static Figure summary(RiskOfBiasResult r) {
        return Figure.of(new Summary(r).draw(), PNG_SCALE);
    }

    static Drawing trafficLightLayout(RiskOfBiasResult r) {
        return new TrafficLight(r).draw();
    }

    static Drawing summaryLayout(RiskOfBiasResult r) {
        return new Summary(r).draw();
    }

    /** A judgement's legend text: "Low", and for RoB tools "Low risk" as robvis writes it. */
    static String legend(RiskOfBiasResult r, RiskOfBiasResult.Level l) {
        boolean risk = !r.tool().equals("jbi-rct");
        return switch (l.code()) {
            case "low", "high", "moderate", "serious", "critical" -> risk ? l.label() + " risk" : l.label();
            default -> l.label();
        };
    }

    /** A domain's name in plots: "D1: Bias arising from ...", or for JBI "1. True randomisation". */
    static String domainName(RiskOfBiasResult r, RiskOfBiasResult.Domain d) {
        if (r.tool().equals("jbi-rct")) return d.id() + ". " + d.label();
        if (r.tool().equals("generic")) return ForestPlot.clean(d.label());
        return d.description();
    }

    /** Draws one judgement: a filled circle with its symbol, centred on (cx, cy). */
    static void mark(Canvas c, double cx, double cy, double r, String code) {
        mark(c, cx, cy, r, code, r * 1.35, true);
    }

    /**
     * Draws one judgement with its "!" or "?" set at {@code textSize} px; without {@code naText} a "not applicable"
     * circle stays empty (grey), as in robvis's forest columns, where "NA" would not fit at a readable size.
     */
    static void mark(Canvas c, double cx, double cy, double r, String code, double textSize, boolean naText) {
        Mark m = Mark.of(code);
        c.circle(cx, cy, r, m.fill, Stroke.solid(0.75, new Rgb(0x4d4d4d)));
        Rgb ink = m == Mark.EXCLAIM ? Rgb.WHITE : Rgb.BLACK;
        Stroke s = Stroke.solid(r * 0.22, ink);
        double a = r * 0.5;
        switch (m) {
            case PLUS -> {
                c.line(cx - a, cy, cx + a, cy, s);
                c.line(cx, cy - a, cx, cy + a, s);
            }
            case MINUS -> c.line(cx - a, cy, cx + a, cy, s);
            case CROSS -> {
                double d = a * 0.8;
                c.line(cx - d, cy - d, cx + d, cy + d, s);
                c.line(cx - d, cy + d, cx + d, cy - d, s);
            }
            case EXCLAIM, QUESTION, UNCLEAR -> {
                TextStyle t = new TextStyle(textSize, true, false, ink);
                c.text(cx, cy + 0.36 * t.size(), m == Mark.EXCLAIM ? "!" : "?", t, Anchor.MIDDLE);
            }
            case NOT_APPLICABLE -> {
                if (!naText) return;
                TextStyle t = new TextStyle(r * 0.85, true, false, Rgb.BLACK);
                c.text(cx, cy + 0.36 * t.size(), "NA", t, Anchor.MIDDLE);
            }
        }
    }

    /** "Mean 9.29" under a checklist's scores. */
    static String meanText(RiskOfBiasResult r) {
        return r.meanScore() == null ? "" : "Mean " + Apa.fixed(r.meanScore(), 2);
    }

    /** The width of the judgement legend on one row. */
    static double legendWidth(RiskOfBiasResult r) {
        double w = 0;
        for (RiskOfBiasResult.Level l : r.levels()) w += 22 + TextMeasure.width(legend(r, l), SMALL) + 18;
        return w - 18;
    }

    /** The legend of judgements: a mark and its name each, in rows that wrap at {@code width}; returns the bottom. */
    static double judgementLegend(Canvas c, RiskOfBiasResult r, double x, double y, double width, boolean squares) {
        c.beginGroup(null, "legend", null);
        c.text(x, y + 12, "Judgement", HEAD, Anchor.START);
        double lx = x, ly = y + 22;
        for (RiskOfBiasResult.Level l : r.levels()) {
            String text = legend(r, l);
            double w = 22 + TextMeasure.width(text, SMALL) + 18;
            if (lx > x && lx + w > x + width) {
                lx = x;
                ly += 20;
            }
            if (squares) c.rect(lx, ly + 3, 14, 14, Mark.of(l.code()).fill, null);
            else mark(c, lx + 7, ly + 10, 7, l.code());
            c.text(lx + 20, ly + 10 + 0.36 * SMALL.size(), text, SMALL, Anchor.START);
            lx += w;
        }
        c.endGroup();
        return ly + 20;
    }

    /** One row per study, one column per domain, then the overall judgement (or, for JBI, the score). */
    private static final class TrafficLight {
        final RiskOfBiasResult r;
        final boolean jbi;
        final double cell, labelWidth, gridLeft, overallX, scoreX, width, gridTop, gridBottom;
        final List<String> labels = new ArrayList<>();
        final List<String> domainLines = new ArrayList<>();
        final double height;
        final double legendTop;

        TrafficLight(RiskOfBiasResult r) {
            this.r = r;
            this.jbi = r.tool().equals("jbi-rct");
            this.cell = jbi || r.domains().size() > 9 ? 28 : 34;
            double widest = TextMeasure.width("Study", HEAD);
            for (RiskOfBiasResult.Study s : r.studies())
                widest = Math.max(widest, TextMeasure.width(ForestPlot.clean(s.study()), TEXT));
            labelWidth = Math.min(widest, MAX_LABEL);
            for (RiskOfBiasResult.Study s : r.studies())
                labels.add(TextMeasure.ellipsize(ForestPlot.clean(s.study()), TEXT, labelWidth));
            gridLeft = MARGIN + labelWidth + GAP;
            double domainsRight = gridLeft + r.domains().size() * cell;
            overallX = r.hasOverall() ? domainsRight + 10 : domainsRight;
            double right = r.hasOverall() ? overallX + Math.max(cell, TextMeasure.width("Overall", HEAD) + 8) : domainsRight;
            scoreX = right + 8;
            if (jbi) right = scoreX + Math.max(TextMeasure.width("Score", HEAD), TextMeasure.width(meanText(r),
                    TEXT.italicised())) + 4;
            double natural = legendWidth(r);
            for (RiskOfBiasResult.Domain d : r.domains())
                natural = Math.max(natural, TextMeasure.width(domainLine(d), SMALL) * (jbi ? 2 : 1) + (jbi ? 16 : 0));
            width = Math.ceil(Math.max(right + MARGIN, Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, natural + 2 * MARGIN))));
            gridTop = MARGIN + 40;
            gridBottom = gridTop + r.studies().size() * ROW;
            legendTop = gridBottom + (jbi ? 34 : 16);
            double textWidth = width - 2 * MARGIN;
            for (RiskOfBiasResult.Domain d : r.domains())
                domainLines.addAll(TextMeasure.wrap(domainLine(d), SMALL, (jbi ? textWidth / 2 - 8 : textWidth)));
            double domainsHeight = 20 + (jbi ? Math.ceil(domainLines.size() / 2.0) : domainLines.size()) * 15;
            height = Math.ceil(legendTop + domainsHeight + 8 + legendHeight() + MARGIN);
        }

        /** A column's heading: the domain id, or for the generic tool (whose ids are column names) D1, D2, ... */
        String heading(int j) {
            return r.tool().equals("generic") ? "D" + (j + 1) : ForestPlot.clean(r.domains().get(j).id());
        }

        String domainLine(RiskOfBiasResult.Domain d) {
            int j = r.domains().indexOf(d);
            return jbi ? d.id() + ". " + d.label() : heading(j) + ": " + (r.tool().equals("generic")
                    ? ForestPlot.clean(d.label()) : d.description());
        }

        double legendHeight() {
            // a trial layout of the judgement legend: 22 for the title, 20 per row of marks
            double lx = 0;
            int rows = 1;
            for (RiskOfBiasResult.Level l : r.levels()) {
                double w = 22 + TextMeasure.width(legend(r, l), SMALL) + 18;
                if (lx > 0 && lx + w > width - 2 * MARGIN) {
                    lx = 0;
                    rows++;
                }
                lx += w;
            }
            return 22 + rows * 20;
        }

        double x(int domain) {
            return gridLeft + (domain + 0.5) * cell;
        }

        double overallCentre() {
            return overallX + Math.max(cell, TextMeasure.width("Overall", HEAD) + 8) / 2;
        }

        Drawing draw() {
            Drawing.Recorder c = new Drawing.Recorder();
            c.rect(0, 0, width, height, Rgb.WHITE, null);
            header(c);
            // panels
            c.rect(gridLeft, gridTop, r.domains().size() * cell, gridBottom - gridTop, PANEL, null);
            if (r.hasOverall())
                c.rect(overallX, gridTop, Math.max(cell, TextMeasure.width("Overall", HEAD) + 8), gridBottom - gridTop,
                        PANEL, null);
            for (int i = 1; i < r.studies().size(); i++) {
                double y = gridTop + i * ROW;
                c.line(gridLeft, y, gridLeft + r.domains().size() * cell, y, GRID);
                if (r.hasOverall())
                    c.line(overallX, y, overallX + Math.max(cell, TextMeasure.width("Overall", HEAD) + 8), y, GRID);
            }
            for (int j = 1; j < r.domains().size(); j++)
                c.line(gridLeft + j * cell, gridTop, gridLeft + j * cell, gridBottom, GRID);
            for (int i = 0; i < r.studies().size(); i++) row(c, i);
            if (r.meanScore() != null)
                c.text(scoreX, gridBottom + 18, meanText(r), TEXT.italicised(), Anchor.START);
            legends(c);
            return c.finish((int) width, (int) height, "Risk-of-bias traffic-light plot", description());
        }

        void header(Canvas c) {
            c.beginGroup(null, "header", null);
            String over = jbi ? "JBI checklist items" : "Risk of bias domains";
            double domainsWidth = r.domains().size() * cell;
            c.text(gridLeft + domainsWidth / 2, MARGIN + 12, TextMeasure.ellipsize(over, HEAD, Math.max(domainsWidth,
                    60)), HEAD, Anchor.MIDDLE);
            double base = MARGIN + 32;
            c.text(MARGIN, base, "Study", HEAD, Anchor.START);
            for (int j = 0; j < r.domains().size(); j++)
                c.text(x(j), base, TextMeasure.ellipsize(heading(j), HEAD, cell - 2), HEAD, Anchor.MIDDLE);
            if (r.hasOverall()) c.text(overallCentre(), base, "Overall", HEAD, Anchor.MIDDLE);
            if (jbi) c.text(scoreX, base, "Score", HEAD, Anchor.START);
            c.endGroup();
        }

        void row(Canvas c, int i) {
            RiskOfBiasResult.Study s = r.studies().get(i);
            double cy = gridTop + (i + 0.5) * ROW;
            StringBuilder title = new StringBuilder(ForestPlot.clean(s.study())).append(": ");
            int j = 0;
            for (RiskOfBiasResult.Domain d : r.domains()) {
                if (j++ > 0) title.append(", ");
                title.append(d.id()).append(' ').append(s.judgements().get(d.id()));
            }
            if (s.overall() != null) title.append("; overall ").append(s.overall());
            if (s.score() != null) title.append("; score ").append(s.score()).append('/').append(r.items());
            c.beginGroup(null, "study", title.toString());
            c.text(MARGIN, cy + 0.36 * TEXT.size(), labels.get(i), TEXT, Anchor.START);
            j = 0;
            for (RiskOfBiasResult.Domain d : r.domains()) mark(c, x(j++), cy, RADIUS, s.judgements().get(d.id()));
            if (s.overall() != null) mark(c, overallCentre(), cy, RADIUS, s.overall());
            if (s.score() != null)
                c.text(scoreX, cy + 0.36 * TEXT.size(), s.score() + "/" + r.items(), TEXT, Anchor.START);
            c.endGroup();
        }

        void legends(Canvas c) {
            double y = legendTop;
            {
                c.beginGroup(null, "domains", null);
                c.text(MARGIN, y + 12, jbi ? "Items:" : "Domains:", HEAD, Anchor.START);
                y += 20;
                int perColumn = jbi ? (int) Math.ceil(domainLines.size() / 2.0) : domainLines.size();
                for (int k = 0; k < domainLines.size(); k++) {
                    double x = MARGIN + (k / perColumn) * (width - 2 * MARGIN) / 2;
                    c.text(x, y + (k % perColumn) * 15 + 10, domainLines.get(k), SMALL, Anchor.START);
                }
                y += perColumn * 15 + 8;
                c.endGroup();
            }
            judgementLegend(c, r, MARGIN, y, width - 2 * MARGIN, false);
        }

        String description() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Traffic-light plot of the %s of %d %s (%s):",
                    jbi ? "critical appraisal" : "risk of bias", r.studies().size(),
                    r.studies().size() == 1 ? "study" : "studies", r.toolName()));
            for (RiskOfBiasResult.Study s : r.studies()) {
                b.append(' ').append(ForestPlot.clean(s.study()));
                if (s.overall() != null) b.append(" overall ").append(s.overall());
                if (s.score() != null) b.append(" score ").append(s.score()).append('/').append(r.items());
                b.append(';');
            }
            b.setLength(b.length() - 1);
            if (r.meanScore() != null) b.append(". Mean score ").append(Apa.fixed(r.meanScore(), 2)).append('/')
                    .append(r.items());
            return b.append('.').toString();
        }
    }

    /** One bar per domain (then overall): the share of studies with each judgement, best on the left. */
    private static final class Summary {
        final RiskOfBiasResult r;
        final double labelWidth, barLeft, barRight, width, height, axisY, legendTop;
        final List<List<String>> labels = new ArrayList<>();
        final List<Double> rowTops = new ArrayList<>();
        final List<Double> rowHeights = new ArrayList<>();

        Summary(RiskOfBiasResult r) {
            this.r = r;
            double widest = 0;
            for (RiskOfBiasResult.DomainSummary d : r.summary()) widest = Math.max(widest, TextMeasure.width(name(d), TEXT));
            labelWidth = Math.min(widest, MAX_DOMAIN_LABEL);
            barLeft = MARGIN + labelWidth + GAP;
            barRight = barLeft + BARS;
            width = Math.ceil(Math.max(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, legendWidth(r) + 2 * MARGIN)),
                    barRight + 30));
            double y = MARGIN + 8;
            for (RiskOfBiasResult.DomainSummary d : r.summary()) {
                List<String> lines = TextMeasure.wrap(name(d), d.domain().equals("overall") ? HEAD : TEXT, labelWidth);
                labels.add(lines);
                double h = Math.max(BAR_ROW, lines.size() * 15 + 10);
                if (d.domain().equals("overall")) y += 8;
                rowTops.add(y);
                rowHeights.add(h);
                y += h;
            }
            axisY = y + 4;
            legendTop = axisY + 44;
            double legendRows = 1;
            double lx = 0;
            for (RiskOfBiasResult.Level l : r.levels()) {
                double w = 22 + TextMeasure.width(legend(r, l), SMALL) + 18;
                if (lx > 0 && lx + w > width - 2 * MARGIN) {
                    lx = 0;
                    legendRows++;
                }
                lx += w;
            }
            height = Math.ceil(legendTop + 22 + legendRows * 20 + MARGIN);
        }

        String name(RiskOfBiasResult.DomainSummary d) {
            if (d.domain().equals("overall")) return "Overall risk of bias";
            for (RiskOfBiasResult.Domain dom : r.domains())
                if (dom.id().equals(d.domain())) return domainName(r, dom);
            return d.label();
        }

        double x(double share) {
            return barLeft + share * (barRight - barLeft);
        }

        Drawing draw() {
            Drawing.Recorder c = new Drawing.Recorder();
            c.rect(0, 0, width, height, Rgb.WHITE, null);
            for (int i = 0; i < r.summary().size(); i++) bar(c, i);
            axis(c);
            judgementLegend(c, r, MARGIN, legendTop, width - 2 * MARGIN, true);
            return c.finish((int) width, (int) height, "Risk-of-bias summary plot", description());
        }

        void bar(Canvas c, int i) {
            RiskOfBiasResult.DomainSummary d = r.summary().get(i);
            double top = rowTops.get(i), h = rowHeights.get(i), cy = top + h / 2;
            StringBuilder title = new StringBuilder(name(d)).append(": ");
            int k = 0;
            for (Map.Entry<String, Integer> e : d.counts().entrySet()) {
                if (k++ > 0) title.append(", ");
                title.append(e.getKey()).append(' ').append(e.getValue()).append(" (")
                        .append(Apa.percent(100 * d.proportions().getOrDefault(e.getKey(), 0.0))).append(')');
            }
            c.beginGroup(null, "bar", title.toString());
            boolean overall = d.domain().equals("overall");
            List<String> lines = labels.get(i);
            TextStyle style = overall ? HEAD : TEXT;
            double first = cy - (lines.size() - 1) * 15 / 2.0;
            for (int j = 0; j < lines.size(); j++)
                c.text(barLeft - GAP, first + j * 15 + 0.36 * style.size(), lines.get(j), style, Anchor.END);
            double at = 0;
            for (RiskOfBiasResult.Level l : r.levels()) {
                double share = d.proportions().getOrDefault(l.code(), 0.0);
                if (share <= 0) continue;
                double x0 = x(at), x1 = x(Math.min(1, at + share));
                c.rect(x0, cy - BAR / 2, Math.max(0, x1 - x0), BAR, Mark.of(l.code()).fill, null);
                at += share;
            }
            c.rect(barLeft, cy - BAR / 2, barRight - barLeft, BAR, null, Stroke.solid(0.75, new Rgb(0x4d4d4d)));
            c.endGroup();
        }

        void axis(Canvas c) {
            c.beginGroup(null, "axis", null);
            c.line(barLeft, axisY, barRight, axisY, INK);
            for (int t = 0; t <= 4; t++) {
                double x = x(t / 4.0);
                c.line(x, axisY, x, axisY + 5, INK);
                c.text(x, axisY + 17, (25 * t) + "%", SMALL, Anchor.MIDDLE);
            }
            String label = r.weighted() ? "Proportion of studies, weighted by " + ForestPlot.clean(r.weightColumn())
                    : "Proportion of studies";
            c.text((barLeft + barRight) / 2, axisY + 34, TextMeasure.ellipsize(label, TEXT, width - 2 * MARGIN), TEXT,
                    Anchor.MIDDLE);
            c.endGroup();
        }

        String description() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Risk-of-bias summary plot (%s) of %d %s%s:",
                    r.toolName(), r.studies().size(), r.studies().size() == 1 ? "study" : "studies",
                    r.weighted() ? ", weighted by " + ForestPlot.clean(r.weightColumn()) : ""));
            for (RiskOfBiasResult.DomainSummary d : r.summary()) {
                b.append(' ').append(name(d)).append(':');
                int k = 0;
                for (RiskOfBiasResult.Level l : r.levels()) {
                    b.append(k++ > 0 ? "," : "").append(' ').append(l.code()).append(' ')
                            .append(Apa.percent(100 * d.proportions().getOrDefault(l.code(), 0.0)));
                }
                b.append(';');
            }
            b.setLength(b.length() - 1);
            return b.append('.').toString();
        }
    }
}

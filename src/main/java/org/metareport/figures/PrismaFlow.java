package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metareport.format.Apa;
import org.metareport.results.PrismaResult;

/**
 * Draws the PRISMA 2020 flow diagram for new systematic reviews (Page et al., 2021, BMJ 372:n71, Figure 1) from a
 * checked {@link PrismaResult}: phases on the left (Identification, Screening, Included), the main flow of records
 * and reports down the middle, each exclusion in a box to its right, and a heading over the routes of identification.
 *
 * <pre>{@code
 * Figure f = PrismaFlow.draw(Prisma.check(spec.prisma(), false));
 * Files.writeString(dir.resolve("prisma.svg"), f.svg());
 * }</pre>
 *
 * <p>Three layouts: databases (and registers) only; other methods whose records were deduplicated and screened with
 * them (their box beside the databases', joining the flow before the records removed); and the template's separate
 * pathway for other methods (a second pair of columns whose included reports join the included box). Rows the
 * review did not report (reports sought / not retrieved, records removed) are left out. Every text is wrapped to
 * its box, whose height follows, so no text leaves its box. Counts are written as APA does (11,658).
 */
public final class PrismaFlow {
    /** The default PNG scale, as for the forest plot. */
    public static final double PNG_SCALE = 2;

    static final double MARGIN = 12;
    static final double PHASE = 100;
    static final double PHASE_GAP = 16;
    static final double WIDE = 250;
    static final double NARROW = 190;
    static final double ARROW_GAP = 44;
    static final double ROUTE_GAP = 28;
    static final double ROW_GAP = 24;
    static final double PAD = 7;
    static final double LINE = 15.5;
    static final double INDENT = 12;
    static final double HEAD = 7;

    static final TextStyle TEXT = TextStyle.regular(12);
    static final TextStyle ITALIC = TEXT.italicised().colored(new Rgb(0x404040));
    static final TextStyle BOLD = TEXT.bolded();
    static final Rgb PHASE_FILL = new Rgb(0xa9cbe8);
    static final Rgb DATABASES_FILL = new Rgb(0xffd966);
    static final Rgb OTHER_FILL = new Rgb(0xd9d9d9);
    static final Stroke BOX = Stroke.solid(1, Rgb.BLACK);
    static final Stroke FLOW = Stroke.solid(1.2, Rgb.BLACK);

    private PrismaFlow() {}

    /** @return the diagram as SVG and as PNG at {@link #PNG_SCALE} */
    public static Figure draw(PrismaResult p) {
        return draw(p, PNG_SCALE);
    }

    /** @param pngScale PNG pixels per figure pixel, in (0, 16] */
    public static Figure draw(PrismaResult p, double pngScale) {
        return Figure.of(layout(p), pngScale);
    }

    static Drawing layout(PrismaResult p) {
        return new Layout(p).draw();
    }

    /** "(n = 11,658)", with no-break spaces so that a count never wraps apart from its "n =". */
    static String n(long n) {
        return "(n\u00a0=\u00a0" + Apa.count(n) + ")";
    }

    /** A name from the spec as a line of the diagram: one line, first letter upper case. */
    static String name(String text) {
        String s = ForestPlot.clean(text);
        if (s.isEmpty()) return s;
        int first = s.codePointAt(0);
        return Character.isLowerCase(first) ? new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString() : s;
    }

    /**
     * One piece of a box's text, wrapped: level 0 a paragraph, 1 an item, 2 a sub-item (indented, with a hanging
     * indent for its wrapped lines).
     */
    record Piece(String text, int level, TextStyle style) {
        boolean item() {
            return level > 0;
        }
    }

    /** A box of text, wrapped to its width on construction. */
    static final class Box {
        final String id;
        final double width;
        final List<Piece> pieces;
        final List<Span> lines = new ArrayList<>();          // x is the indent
        final List<TextStyle> styles = new ArrayList<>();
        final double height;
        final Rgb fill;
        final boolean centred;
        double x, y;

        Box(String id, double width, List<Piece> pieces, Rgb fill, boolean centred) {
            this.id = id;
            this.width = width;
            this.pieces = List.copyOf(pieces);
            this.fill = fill;
            this.centred = centred;
            double inner = width - 2 * PAD;
            for (Piece piece : pieces) {
                double indent = piece.level() * INDENT;
                List<String> wrapped = TextMeasure.wrap(piece.text(), piece.style(), inner - indent);
                for (int i = 0; i < wrapped.size(); i++) {
                    lines.add(new Span(indent + (piece.item() && i > 0 ? INDENT / 2 : 0), wrapped.get(i)));
                    styles.add(piece.style());
                }
            }
            this.height = 2 * PAD + lines.size() * LINE;
        }

        double left() { return x; }
        double right() { return x + width; }
        double top() { return y; }
        double bottom() { return y + height; }
        double centreX() { return x + width / 2; }
        double centreY() { return y + height / 2; }

        /** The text of the box on one line, for titles and descriptions. */
        String text() {
            StringBuilder b = new StringBuilder();
            for (Piece p : pieces) {
                if (b.length() > 0) b.append(p.item() ? "; " : " ");
                b.append(p.text());
            }
            return b.toString().replace(":;", ":");
        }

        void draw(Canvas c) {
            c.beginGroup(null, "box", text());
            if (fill == null) c.rect(x, y, width, height, Rgb.WHITE, BOX);
            else c.polygon(rounded(x, y, width, height, 6), fill, null);
            for (int i = 0; i < lines.size(); i++) {
                double base = y + PAD + (i + 0.5) * LINE + 0.36 * styles.get(i).size();
                Span s = lines.get(i);
                if (centred) c.text(x + width / 2, base, s.text(), styles.get(i), Anchor.MIDDLE);
                else c.text(x + PAD + s.x(), base, s.text(), styles.get(i), Anchor.START);
            }
            c.endGroup();
        }
    }

    /** A rectangle with rounded corners as a polygon (quarter circles of {@code r} in 6 steps). */
    static List<Double> rounded(double x, double y, double w, double h, double r) {
        r = Math.min(r, Math.min(w, h) / 2);
        List<Double> xy = new ArrayList<>();
        double[][] corners = {{x + w - r, y + r, -90}, {x + w - r, y + h - r, 0}, {x + r, y + h - r, 90}, {x + r, y + r, 180}};
        for (double[] k : corners)
            for (int i = 0; i <= 6; i++) {
                double a = Math.toRadians(k[2] + 15 * i);
                xy.add(k[0] + r * Math.cos(a));
                xy.add(k[1] + r * Math.sin(a));
            }
        return xy;
    }

    /** The diagram's boxes placed on a grid of rows and columns, computed once, then drawn. */
    private static final class Layout {
        final PrismaResult p;
        final boolean separate;           // the template's own pathway for other methods
        final boolean merged;             // other methods beside the databases, screened with them
        final double colA, colB, colC, colD, wA, wB, wC, width;
        final List<Box> boxes = new ArrayList<>();
        final List<Box> headers = new ArrayList<>();
        // the main flow
        Box identified, other, removed, screened, screenExcluded, sought, notRetrieved, assessed, excluded, included;
        // the separate pathway
        Box oIdentified, oSought, oNotRetrieved, oAssessed, oExcluded;
        final List<double[]> phases = new ArrayList<>();   // top, bottom per phase
        double height;

        Layout(PrismaResult p) {
            this.p = p;
            this.separate = p.otherReports() != null && p.otherMethods() != null;
            this.merged = !separate && p.otherMethods() != null;
            colA = MARGIN + PHASE + PHASE_GAP;
            if (separate) {
                wA = NARROW;
                wB = NARROW;
                wC = NARROW;
                colB = colA + wA + ARROW_GAP - 8;
                colC = colB + wB + ROUTE_GAP;
                colD = colC + wC + ARROW_GAP - 8;
                width = colD + NARROW + MARGIN;
            } else {
                wA = WIDE;
                wB = WIDE;
                wC = 0;
                colB = colA + wA + ARROW_GAP;
                colC = colD = 0;
                width = colB + wB + MARGIN;
            }
            build();
            place();
        }

        void build() {
            // identification
            List<Piece> ident = new ArrayList<>();
            if (p.databases() == null && p.registers() == null && !merged) {
                ident.add(new Piece("Records identified " + n(p.identified()), 0, TEXT));
            } else if (p.databases() == null && p.registers() == null) {
                ident.add(new Piece("Records identified from databases and registers "
                        + n(p.identified() - p.otherMethods().total()), 0, TEXT));
            } else {
                ident.add(new Piece("Records identified from:", 0, TEXT));
                route(ident, "Databases", p.databases());
                route(ident, "Registers", p.registers());
            }
            identified = add(new Box("identified", wA, ident, null, false));
            if (merged || separate) {
                List<Piece> o = new ArrayList<>();
                if (p.otherMethods().sources().isEmpty()) {
                    o.add(new Piece("Records identified from other methods " + n(p.otherMethods().total()), 0, TEXT));
                } else {
                    o.add(new Piece("Records identified from other methods:", 0, TEXT));
                    for (PrismaResult.Count s : p.otherMethods().sources())
                        o.add(new Piece(name(s.name()) + " " + n(s.n()), 1, TEXT));
                }
                if (merged) other = add(new Box("other-identified", wB, o, null, false));
                else oIdentified = add(new Box("other-identified", wC, o, null, false));
            }
            if (p.duplicates() != null || p.automationRemoved() != null || p.otherRemoved() != null) {
                List<Piece> r = new ArrayList<>();
                r.add(new Piece("Records removed before screening:", 0, TEXT));
                if (p.duplicates() != null) r.add(new Piece("Duplicate records " + n(p.duplicates()), 1, TEXT));
                if (p.automationRemoved() != null)
                    r.add(new Piece("Records marked as ineligible by automation tools " + n(p.automationRemoved()), 1, TEXT));
                if (p.otherRemoved() != null)
                    r.add(new Piece("Records removed for other reasons " + n(p.otherRemoved()), 1, TEXT));
                removed = add(new Box("removed", wB, r, null, false));
            }
            // screening
            screened = add(new Box("screened", wA, List.of(new Piece("Records screened " + n(p.screened()), 0, TEXT)),
                    null, false));
            List<Piece> se = new ArrayList<>();
            se.add(new Piece("Records excluded " + n(p.screenExcluded()) + (p.screenReasons().isEmpty() ? "" : ":"),
                    0, TEXT));
            for (PrismaResult.Count r : p.screenReasons()) se.add(new Piece(name(r.name()) + " " + n(r.n()), 1, TEXT));
            screenExcluded = add(new Box("screen-excluded", wB, se, null, false));
            if (p.sought() != null) {
                sought = add(single("sought", wA, "Reports sought for retrieval " + n(p.sought())));
                notRetrieved = add(single("not-retrieved", wB, "Reports not retrieved " + n(nz(p.notRetrieved()))));
            }
            assessed = add(single("assessed", wA, "Reports assessed for eligibility " + n(p.assessed())));
            excluded = add(new Box("excluded", wB, excludedPieces(p.fullTextExcluded(), p.fullTextReasons(),
                    p.unitemised()), null, false));
            if (separate) {
                PrismaResult.OtherReports o = p.otherReports();
                if (o.sought() != null) {
                    oSought = add(single("other-sought", wC, "Reports sought for retrieval " + n(o.sought())));
                    oNotRetrieved = add(single("other-not-retrieved", NARROW, "Reports not retrieved "
                            + n(nz(o.notRetrieved()))));
                }
                oAssessed = add(single("other-assessed", wC, "Reports assessed for eligibility " + n(o.assessed())));
                oExcluded = add(new Box("other-excluded", NARROW, excludedPieces(o.excluded(), o.reasons(), 0), null,
                        false));
            }
            List<Piece> inc = new ArrayList<>();
            inc.add(new Piece("Studies included in review " + n(p.includedStudies()), 0, TEXT));
            if (p.includedReports() != null)
                inc.add(new Piece("Reports of included studies " + n(p.includedReports()), 0, TEXT));
            included = add(new Box("included", wA, inc, null, false));

            // headings over the routes
            double headWidth = separate ? colB + wB - colA : merged ? wA : colB + wB - colA;
            String main = p.databases() == null && p.registers() == null && !merged && !separate
                    ? "Identification of studies" : p.registers() == null && p.databases() != null
                    ? "Identification of studies via databases" : "Identification of studies via databases and registers";
            headers.add(new Box("heading-databases", headWidth, List.of(new Piece(main, 0, BOLD)), DATABASES_FILL, true));
            if (merged || separate)
                headers.add(new Box("heading-other", separate ? colD + NARROW - colC : wB,
                        List.of(new Piece("Identification of studies via other methods", 0, BOLD)), OTHER_FILL, true));
        }

        List<Piece> excludedPieces(long total, List<PrismaResult.Count> reasons, long unitemised) {
            List<Piece> out = new ArrayList<>();
            out.add(new Piece("Reports excluded " + n(total) + (reasons.isEmpty() ? "" : ":"), 0, TEXT));
            for (PrismaResult.Count r : reasons) out.add(new Piece(name(r.name()) + " " + n(r.n()), 1, TEXT));
            if (unitemised > 0) out.add(new Piece("Reason not reported " + n(unitemised), 1, ITALIC));
            if (unitemised < 0)
                out.add(new Piece(String.format(Locale.ROOT, "(the reasons add up to %s: some reports are counted "
                        + "under more than one)", Apa.count(total - unitemised)), 1, ITALIC));
            return out;
        }

        void route(List<Piece> pieces, String label, PrismaResult.Route r) {
            if (r == null) return;
            pieces.add(new Piece(label + " " + n(r.total()) + (r.sources().isEmpty() ? "" : ":"), 1, TEXT));
            for (PrismaResult.Count s : r.sources()) pieces.add(new Piece(name(s.name()) + " " + n(s.n()), 2, TEXT));
        }

        Box single(String id, double w, String text) {
            return new Box(id, w, List.of(new Piece(text, 0, TEXT)), null, false);
        }

        Box add(Box b) {
            boxes.add(b);
            return b;
        }

        static long nz(Long v) {
            return v == null ? 0 : v;
        }

        /** Rows top to bottom; each box centred on its row's middle line. */
        void place() {
            double y = MARGIN;
            double headHeight = headers.stream().mapToDouble(b -> b.height).max().orElse(0);
            for (Box h : headers) {
                h.x = h.id.equals("heading-databases") ? colA : merged ? colB : colC;
                h.y = y + (headHeight - h.height) / 2;
            }
            y += headHeight + HEAD + 8;

            // Identification
            double identTop = y;
            if (merged) {
                y = row(y, col(identified, colA), col(other, colB));
                if (removed != null) y = row(y, col(removed, colB));
            } else {
                y = row(y, col(identified, colA), removed == null ? null : col(removed, colB),
                        oIdentified == null ? null : col(oIdentified, colC));
            }
            phases.add(new double[] {identTop, y - ROW_GAP});
            // Screening
            double screenTop = y;
            y = row(y, col(screened, colA), col(screenExcluded, colB));
            if (sought != null || oSought != null)
                y = row(y, sought == null ? null : col(sought, colA), notRetrieved == null ? null : col(notRetrieved, colB),
                        oSought == null ? null : col(oSought, colC), oNotRetrieved == null ? null : col(oNotRetrieved, colD));
            y = row(y, col(assessed, colA), col(excluded, colB), oAssessed == null ? null : col(oAssessed, colC),
                    oExcluded == null ? null : col(oExcluded, colD));
            phases.add(new double[] {screenTop, y - ROW_GAP});
            // Included
            double includedTop = y;
            y = row(y, col(included, colA));
            phases.add(new double[] {includedTop, y - ROW_GAP});
            height = Math.ceil(y - ROW_GAP + MARGIN);
        }

        Box col(Box b, double x) {
            b.x = x;
            return b;
        }

        /** Places the boxes of one row from {@code top}; returns the next row's top. */
        double row(double top, Box... row) {
            double h = 0;
            for (Box b : row) if (b != null) h = Math.max(h, b.height);
            for (Box b : row) if (b != null) b.y = top + (h - b.height) / 2;
            return top + h + ROW_GAP;
        }

        Drawing draw() {
            Drawing.Recorder c = new Drawing.Recorder();
            c.rect(0, 0, width, height, Rgb.WHITE, null);
            c.beginGroup(null, "phases", null);
            String[] names = {"Identification", "Screening", "Included"};
            for (int i = 0; i < 3; i++) {
                double top = phases.get(i)[0], bottom = phases.get(i)[1];
                c.polygon(rounded(MARGIN, top, PHASE, bottom - top, 6), PHASE_FILL, null);
                String label = TextMeasure.ellipsize(names[i], BOLD, PHASE - 8);
                c.text(MARGIN + PHASE / 2, (top + bottom) / 2 + 0.36 * BOLD.size(), label, BOLD, Anchor.MIDDLE);
            }
            c.endGroup();
            for (Box h : headers) h.draw(c);
            c.beginGroup(null, "arrows", null);
            arrows(c);
            c.endGroup();
            for (Box b : boxes) b.draw(c);
            return c.finish((int) Math.ceil(width), (int) height, "PRISMA 2020 flow diagram", description());
        }

        void arrows(Canvas c) {
            double x = identified.centreX();
            // the main flow, top to bottom
            List<Box> flow = new ArrayList<>(List.of(identified, screened));
            if (sought != null) flow.add(sought);
            flow.add(assessed);
            flow.add(included);
            for (int i = 0; i + 1 < flow.size(); i++) down(c, x, flow.get(i).bottom(), flow.get(i + 1).top());
            // exclusions to the right
            if (removed != null) {
                double y = removed.centreY();
                c.line(merged ? x : identified.right(), y, removed.left() - 1, y, FLOW);
                head(c, removed.left(), y, 1, 0);
            }
            right(c, screened, screenExcluded);
            if (sought != null) right(c, sought, notRetrieved);
            right(c, assessed, excluded);
            if (merged) {
                // other methods join the trunk below the identification boxes, above the records removed
                double join = removed != null ? (Math.max(identified.bottom(), other.bottom()) + removed.top()) / 2
                        : (Math.max(identified.bottom(), other.bottom()) + screened.top()) / 2;
                c.line(other.centreX(), other.bottom(), other.centreX(), join, FLOW);
                c.line(other.centreX(), join, x + 1, join, FLOW);
                head(c, x + 0.6, join, -1, 0);
            }
            if (separate) {
                double ox = oIdentified.centreX();
                List<Box> o = new ArrayList<>(List.of(oIdentified));
                if (oSought != null) o.add(oSought);
                o.add(oAssessed);
                for (int i = 0; i + 1 < o.size(); i++) down(c, ox, o.get(i).bottom(), o.get(i + 1).top());
                if (oSought != null) right(c, oSought, oNotRetrieved);
                right(c, oAssessed, oExcluded);
                double y = included.centreY();
                c.line(ox, oAssessed.bottom(), ox, y, FLOW);
                c.line(ox, y, included.right() + 1, y, FLOW);
                head(c, included.right(), y, -1, 0);
            }
        }

        void down(Canvas c, double x, double from, double to) {
            c.line(x, from, x, to - 1, FLOW);
            head(c, x, to, 0, 1);
        }

        void right(Canvas c, Box from, Box to) {
            double y = from.centreY();
            c.line(from.right(), y, to.left() - 1, y, FLOW);
            head(c, to.left(), y, 1, 0);
        }

        /** An arrow head with its tip at (x, y), pointing along (dx, dy), a unit axis direction. */
        void head(Canvas c, double x, double y, int dx, int dy) {
            double len = 8, half = 3.5;
            double bx = x - dx * len, by = y - dy * len;
            c.polygon(List.of(x, y, bx - dy * half, by - dx * half, bx + dy * half, by + dx * half), Rgb.BLACK, null);
        }

        String description() {
            StringBuilder b = new StringBuilder("PRISMA 2020 flow diagram. Identification: ");
            b.append(identified.text());
            if (other != null) b.append("; ").append(other.text());
            if (removed != null) b.append("; ").append(removed.text());
            b.append(". Screening: ").append(screened.text()).append("; ").append(screenExcluded.text());
            if (sought != null) b.append("; ").append(sought.text()).append("; ").append(notRetrieved.text());
            b.append("; ").append(assessed.text()).append("; ").append(excluded.text());
            if (separate) {
                b.append(". Other methods: ").append(oIdentified.text());
                if (oSought != null) b.append("; ").append(oSought.text()).append("; ").append(oNotRetrieved.text());
                b.append("; ").append(oAssessed.text()).append("; ").append(oExcluded.text());
            }
            b.append(". Included: ").append(included.text()).append('.');
            return b.toString();
        }
    }
}

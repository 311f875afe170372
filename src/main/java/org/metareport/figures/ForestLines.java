package org.metareport.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a forest plot between its header and its summary, and how they are split into pages.
 *
 * <p>Effects of one study that has several stand under a heading line with the study's name, indented (as metafor
 * users draw nested data with {@code addpoly}-style group headings); a study with one effect is one plain line.
 * Pages break between studies where they can; a study taller than a page continues on the next one under its
 * heading again, marked "(continued)". The pooled estimate goes on the last page, which therefore holds fewer lines.
 */
final class ForestLines {
    /** Text added to a study heading repeated at the top of a page. */
    static final String CONTINUED = " (continued)";

    private ForestLines() {}

    /**
     * One line: an effect (with its study's index, for bands) or a study's heading.
     *
     * @param placed   the effect, or null for a heading
     * @param heading  the study's name on a heading line, else null
     * @param indented whether the effect stands under a heading
     * @param study    the index of the study, in drawing order
     */
    record Line(ForestPlot.Placed placed, String heading, boolean indented, int study) {
        boolean isHeading() {
            return heading != null;
        }

        /** Whether a page may begin here without splitting a study. */
        boolean startsGroup() {
            return isHeading() || !indented;
        }
    }

    /** @return the effects in drawing order, each study with several effects under a heading line */
    static List<Line> of(List<ForestPlot.Placed> rows) {
        List<Line> out = new ArrayList<>(rows.size());
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j < rows.size() && rows.get(j).study() == rows.get(i).study()) j++;
            String study = rows.get(i).row().study();
            boolean grouped = study != null && j - i >= 2;
            if (grouped) out.add(new Line(null, study, false, rows.get(i).study()));
            for (int k = i; k < j; k++) out.add(new Line(rows.get(k), null, grouped, rows.get(k).study()));
            i = j;
        }
        return out;
    }

    /**
     * Splits lines into pages.
     *
     * @param capacity     how many lines a page holds (at least 2 are assumed)
     * @param lastCapacity how many lines the last page holds beside the pooled estimate (may be 0 or less)
     * @return the pages, each a list of lines; one page when everything fits
     */
    static List<List<Line>> paginate(List<Line> lines, int capacity, int lastCapacity) {
        capacity = Math.max(capacity, 2);
        if (lines.size() <= lastCapacity) return List.of(lines);
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        for (List<Line> group : groups(lines)) {
            List<Line> g = group;
            while (!g.isEmpty()) {
                int room = capacity - page.size();
                if (g.size() <= room) {
                    page.addAll(g);
                    break;
                }
                if (!page.isEmpty() && (g.size() <= capacity || room < 2)) {
                    pages.add(page);
                    page = new ArrayList<>();
                    continue;
                }
                // a study taller than a page: fill this one and go on under its heading, repeated
                page.addAll(g.subList(0, room));
                pages.add(page);
                page = new ArrayList<>();
                List<Line> rest = new ArrayList<>();
                rest.add(continued(group.get(0)));
                rest.addAll(g.subList(room, g.size()));
                g = rest;
            }
        }
        if (page.size() > lastCapacity) {
            int split = -1;                                   // the earliest study start whose tail fits
            for (int k = page.size() - 1; k > 0 && page.size() - k <= lastCapacity; k--)
                if (page.get(k).startsGroup()) split = k;
            if (split > 0) {
                pages.add(new ArrayList<>(page.subList(0, split)));
                page = new ArrayList<>(page.subList(split, page.size()));
            } else {
                pages.add(page);                              // the pooled estimate gets a page of its own
                page = new ArrayList<>();
            }
        }
        pages.add(page);
        return pages;
    }

    private static Line continued(Line heading) {
        return new Line(null, heading.heading() + CONTINUED, false, heading.study());
    }

    /** Heading plus effects, or one plain effect. */
    private static List<List<Line>> groups(List<Line> lines) {
        List<List<Line>> out = new ArrayList<>();
        for (Line l : lines) {
            if (l.startsGroup() || out.isEmpty()) out.add(new ArrayList<>());
            out.get(out.size() - 1).add(l);
        }
        return out;
    }
}

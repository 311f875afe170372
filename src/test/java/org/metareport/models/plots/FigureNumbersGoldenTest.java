package org.metareport.models.plots;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * The numbers behind the bubble, Baujat and GOSH plots against metafor 3.8 on dat.bcg (golden/figures/
 * figures-reference.R): regplot's line and bands ({@code predict} over 100 moderator values, other moderators at
 * their means), {@code baujat()} coordinates, and {@code gosh()}'s estimate and I² on the very subsets it drew.
 */
class FigureNumbersGoldenTest {
    static final double REL = 1e-6, ABS = 1e-8;
    static JsonNode ref;
    static double[] yi, vi, ablat, year;

    @BeforeAll
    static void load() throws IOException {
        ref = new ObjectMapper().readTree(Path.of("src/test/resources/golden/figures/figures-reference.json").toFile());
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/figures/bcg/dat.bcg.csv"));
        List<String> header = parse(lines.get(0));
        int k = lines.size() - 1;
        yi = new double[k];
        vi = new double[k];
        ablat = new double[k];
        year = new double[k];
        for (int i = 0; i < k; i++) {
            List<String> cells = parse(lines.get(i + 1));
            yi[i] = Double.parseDouble(cells.get(header.indexOf("yi")));
            vi[i] = Double.parseDouble(cells.get(header.indexOf("vi")));
            ablat[i] = Double.parseDouble(cells.get(header.indexOf("ablat")));
            year[i] = Double.parseDouble(cells.get(header.indexOf("year")));
        }
    }

    /** One CSV line; quoted cells may hold commas. */
    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { out.add(cell.toString()); cell.setLength(0); }
            else cell.append(ch);
        }
        out.add(cell.toString());
        return out;
    }

    static void close(double actual, double expected, String what) {
        double tol = Math.max(ABS, REL * Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs R " + expected).isLessThanOrEqualTo(tol);
    }

    static double[][] design(double[]... columns) {
        double[][] x = new double[yi.length][columns.length + 1];
        for (int i = 0; i < yi.length; i++) {
            x[i][0] = 1;
            for (int j = 0; j < columns.length; j++) x[i][j + 1] = columns[j][i];
        }
        return x;
    }

    static void checkLine(List<RegressionLine.Point> line, JsonNode r, String what) {
        assertThat(line).hasSize(r.get("x").size());
        for (int i = 0; i < line.size(); i++) {
            RegressionLine.Point p = line.get(i);
            close(p.x(), r.get("x").get(i).asDouble(), what + " x[" + i + "]");
            close(p.pred(), r.get("pred").get(i).asDouble(), what + " pred[" + i + "]");
            close(p.ciLower(), r.get("ci_lb").get(i).asDouble(), what + " ci.lb[" + i + "]");
            close(p.ciUpper(), r.get("ci_ub").get(i).asDouble(), what + " ci.ub[" + i + "]");
            close(p.piLower(), r.get("pi_lb").get(i).asDouble(), what + " pi.lb[" + i + "]");
            close(p.piUpper(), r.get("pi_ub").get(i).asDouble(), what + " pi.ub[" + i + "]");
        }
    }

    @Test
    void bubbleLineEqualsRegplotsPredictions() {
        double[][] x = design(ablat);
        RmaFit fit = Rma.fit(yi, vi, x, List.of("intercept", "ablat"), Method.REML, TestKind.Z, 95);
        checkLine(RegressionLine.of(x, 1, fit.inference(), fit.tau2(), 100), ref.at("/bubble/latitude"), "ablat");
    }

    @Test
    void bubbleLineHoldsTheOtherModeratorAtItsMean() {
        double[][] x = design(ablat, year);
        RmaFit fit = Rma.fit(yi, vi, x, List.of("intercept", "ablat", "year"), Method.REML, TestKind.Z, 95);
        checkLine(RegressionLine.of(x, 1, fit.inference(), fit.tau2(), 100), ref.at("/bubble/latitude_year_ablat"),
                "ablat | year");
        checkLine(RegressionLine.of(x, 2, fit.inference(), fit.tau2(), 100), ref.at("/bubble/latitude_year_year"),
                "year | ablat");
    }

    @Test
    void bubbleLineWithKnappHartungUsesTheTDistribution() {
        double[][] x = design(ablat);
        RmaFit fit = Rma.fit(yi, vi, x, List.of("intercept", "ablat"), Method.DL, TestKind.KNHA, 95);
        checkLine(RegressionLine.of(x, 1, fit.inference(), fit.tau2(), 100), ref.at("/bubble/latitude_dl_knha"),
                "ablat DL knha");
    }

    void checkBaujat(double[][] x, List<String> names, Method method, JsonNode r) {
        RmaFit fit = Rma.fit(yi, vi, x, names, method, TestKind.Z, 95);
        double[][] xy = Baujat.of(yi, vi, x, names, fit, method, TestKind.Z, 95);
        for (int i = 0; i < yi.length; i++) {
            close(xy[0][i], r.get("x").get(i).asDouble(), method + " baujat x[" + i + "]");
            close(xy[1][i], r.get("y").get(i).asDouble(), method + " baujat y[" + i + "]");
        }
    }

    @Test
    void baujatCoordinatesEqualMetafors() {
        double[][] one = design();
        checkBaujat(one, List.of("intercept"), Method.REML, ref.at("/baujat/reml"));
        checkBaujat(one, List.of("intercept"), Method.DL, ref.at("/baujat/dl"));
        checkBaujat(one, List.of("intercept"), Method.FE, ref.at("/baujat/fe"));
        checkBaujat(design(ablat), List.of("intercept", "ablat"), Method.REML, ref.at("/baujat/ablat_reml"));
    }

    void checkGosh(Method method, JsonNode r) {
        JsonNode incl = r.get("incl");            // k rows (effects) × n columns (subsets)
        int n = incl.get(0).size();
        List<boolean[]> subsets = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            boolean[] in = new boolean[yi.length];
            for (int i = 0; i < yi.length; i++) in[i] = incl.get(i).get(s).asInt() == 1;
            subsets.add(in);
        }
        Gosh.Fits fits = Gosh.fit(yi, vi, method, TestKind.Z, 95, subsets, false);
        int compared = 0;
        for (int s = 0; s < n; s++) {
            close(fits.estimate()[s], r.get("estimate").get(s).asDouble(), method + " gosh estimate[" + s + "]");
            JsonNode i2 = r.get("I2").get(s);
            if (i2.isNumber()) {
                close(fits.i2()[s], i2.asDouble(), method + " gosh I2[" + s + "]");
                compared++;
            } else {
                assertThat(fits.i2()[s]).as(method + " I² of a one-effect subset (R: NA)").isNaN();
            }
        }
        assertThat(compared).as("subsets with an I²").isGreaterThan(n / 2);
    }

    @Test
    void goshFitsOnMetaforsSubsetsEqualMetafors() {
        checkGosh(Method.REML, ref.at("/gosh/reml"));
        checkGosh(Method.DL, ref.at("/gosh/dl"));
        checkGosh(Method.FE, ref.at("/gosh/fe"));
    }

    @Test
    void goshSamplesTheSameSubsetsForTheSameSeed() {
        List<boolean[]> a = Gosh.subsets(30, 1000, 1), b = Gosh.subsets(30, 1000, 1), c = Gosh.subsets(30, 1000, 2);
        assertThat(a).hasSize(1000);
        for (int s = 0; s < a.size(); s++) assertThat(a.get(s)).isEqualTo(b.get(s));
        boolean differs = false;
        for (int s = 0; s < a.size(); s++) differs |= !java.util.Arrays.equals(a.get(s), c.get(s));
        assertThat(differs).as("another seed, other subsets").isTrue();
        for (boolean[] in : a) {
            int m = 0;
            for (boolean v : in) if (v) m++;
            assertThat(m).isBetween(1, 30);
        }
    }

    @Test
    void goshFitsEverySubsetWhenThereAreFewEnough() {
        List<boolean[]> all = Gosh.subsets(5, 1000, 1);
        assertThat(all).hasSize(31);
        Gosh.Fits f = Gosh.of(java.util.Arrays.copyOf(yi, 5), java.util.Arrays.copyOf(vi, 5), Method.DL, TestKind.Z, 95, 1000, 1);
        assertThat(f.exact()).isTrue();
        assertThat(f.plotted()).as("the 26 subsets of 2 or more").isEqualTo(26);
    }
}

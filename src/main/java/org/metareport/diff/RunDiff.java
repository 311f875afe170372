package org.metareport.diff;

import java.util.List;

/**
 * What changed from one run of a review to the next.
 *
 * @param before      the earlier run's folder, as named
 * @param after       the later run's folder, as named
 * @param studies     studies added, removed or with effect sizes added, removed or changed, in study order
 * @param inputs      input files added, removed or changed (from the manifests; empty without them)
 * @param estimates   estimates, intervals and heterogeneity that moved beyond the tolerance, analyses in order
 * @param conclusions terms whose significance or direction changed
 */
public record RunDiff(String before, String after, String title, String toolBefore, String toolAfter,
                      double tolerance, List<StudyChange> studies, List<InputChange> inputs,
                      List<EstimateChange> estimates, List<ConclusionChange> conclusions) {
    public RunDiff {
        studies = List.copyOf(studies);
        inputs = List.copyOf(inputs);
        estimates = List.copyOf(estimates);
        conclusions = List.copyOf(conclusions);
    }

    /** How an entry changed. */
    public enum Change {
        ADDED("added"), REMOVED("removed"), CHANGED("changed");

        private final String word;

        Change(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** True when nothing changed. */
    public boolean empty() {
        return studies.isEmpty() && inputs.isEmpty() && estimates.isEmpty() && conclusions.isEmpty();
    }

    /**
     * A study whose effect sizes changed.
     *
     * @param effectsChanged effect sizes present in both runs whose yi or vi moved
     */
    public record StudyChange(String study, Change change, int effectsBefore, int effectsAfter, int effectsChanged) {}

    /** An input file (spec, data) that changed between the runs, by SHA-256. */
    public record InputChange(String path, Change change, String sha256Before, String sha256After) {}

    /**
     * A value with its interval when it has one.
     *
     * @param lower null for values without an interval (k, tau2, I2)
     */
    public record Value(double value, Double lower, Double upper) {}

    /**
     * One number of an analysis that moved.
     *
     * @param analysis the analysis id; a subgroup is {@code id[level]}
     * @param quantity a coefficient's term ({@code intercept}; {@code intercept (robust)} for robust inference), or
     *                 {@code k}, {@code tau2}, {@code I2}
     * @param before   null when the analysis or term is new
     * @param after    null when it was removed
     */
    public record EstimateChange(String analysis, String quantity, Change change, Value before, Value after) {}

    /** What changed in a conclusion. */
    public enum Conclusion {
        SIGNIFICANCE("significance"), DIRECTION("direction");

        private final String word;

        Conclusion(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * A term whose significance (p against the analysis's level) or direction (the estimate's sign) changed.
     *
     * @param before as a reader says it: {@code "significant (p = 0.0300)"}, {@code "positive (0.2786)"}
     */
    public record ConclusionChange(String analysis, String quantity, Conclusion kind, String before, String after) {}
}

package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cluster-robust (sandwich) variance estimators, named as clubSandwich's {@code vcovCR(type = ...)}. With m clusters
 * and p coefficients, every type is B (Σⱼ Xⱼ'WⱼAⱼ eⱼeⱼ'AⱼWⱼXⱼ) B with B = (X'WX)⁻¹, residuals eⱼ and an adjustment Aⱼ.
 */
public enum VcovType {
    /** Aⱼ = I (Liang &amp; Zeger, 1986). */
    CR0("CR0"),
    /** clubSandwich's CR1: CR0 times m/(m − 1). */
    CR1("CR1"),
    /** clubSandwich's CR1p: CR0 times m/(m − p); metafor's {@code robust(adjust = TRUE)} uses this factor. */
    CR1P("CR1p"),
    /**
     * Bell &amp; McCaffrey's bias-reduced estimator (2002, Surv Methodol 28:169) as clubSandwich implements it
     * (Pustejovsky &amp; Tipton, 2018, J Bus Econ Stat 36:672, eq. 5): Aⱼ = Rⱼ'(Rⱼ(Θⱼ − XⱼBXⱼ')Rⱼ')^(−1/2)Rⱼ with
     * Rⱼ'Rⱼ = Θⱼ the working model's covariance (the default target, the inverse of the weights) and the symmetric
     * generalised inverse square root of {@code matrix_power} (eigenvalues ≤ 1e-12 set to 0, with the weights scaled
     * to mean 1 as clubSandwich scales rma.uni weights; see {@link WorkingModel}).
     */
    CR2("CR2");

    private final String spelling;

    VcovType(String spelling) {
        this.spelling = spelling;
    }

    /** clubSandwich's name: CR0, CR1, CR1p, CR2. */
    public String spelling() {
        return spelling;
    }

    public static Optional<VcovType> find(String name) {
        return Arrays.stream(values()).filter(t -> t.spelling.equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(VcovType::spelling).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return spelling;
    }
}

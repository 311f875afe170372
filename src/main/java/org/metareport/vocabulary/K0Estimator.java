package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Estimators of the number of missing studies k0 (Duval &amp; Tweedie, 2000a, b), metafor's {@code trimfill(estimator = ...)}. */
public enum K0Estimator {
    /** L0 = (4 Sᵣ − k(k + 1)) / (2k − 1), from the Wilcoxon rank sum Sᵣ of the positive centred values (default). */
    L0,
    /** R0 = γ* − 1, the length of the rightmost run of positive ranks minus one. */
    R0,
    /** Q0 = k − 1/2 − √(2k² − 4 Sᵣ + 1/4). */
    Q0;

    public static Optional<K0Estimator> find(String name) {
        return Arrays.stream(values()).filter(e -> e.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

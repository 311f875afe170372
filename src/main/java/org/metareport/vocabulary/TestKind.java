package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How coefficients are tested, as metafor's {@code test = "z" | "t" | "knha"}. */
public enum TestKind {
    /** Standard normal. */
    Z,
    /** t with k − p degrees of freedom (metafor's {@code test = "t"}). */
    T,
    /** Knapp–Hartung: t with k − p df and the variance scaled by the weighted residual mean square. */
    KNHA;

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TestKind> find(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(TestKind::spelling).collect(Collectors.joining(", "));
    }
}

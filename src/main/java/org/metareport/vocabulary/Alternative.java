package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hypothesis the p-values of a selection model test, metafor's {@code selmodel(alternative = ...)}: one-sided
 * p = 1 − Φ(yᵢ/√vᵢ) for {@code greater} (the default, as weightr), Φ(yᵢ/√vᵢ) for {@code less}, and
 * 2(1 − Φ(|yᵢ|/√vᵢ)) for {@code two.sided}.
 */
public enum Alternative {
    GREATER("greater"), LESS("less"), TWO_SIDED("two.sided");

    private final String spelling;

    Alternative(String spelling) {
        this.spelling = spelling;
    }

    /** metafor's spelling. */
    public String spelling() {
        return spelling;
    }

    public static Optional<Alternative> find(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
        return Arrays.stream(values()).filter(a -> a.spelling.equals(n)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Alternative::spelling).collect(Collectors.joining(", "));
    }
}

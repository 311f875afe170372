package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The model family of an analysis: {@code model:} in the spec. */
public enum ModelKind {
    FIXED, RANDOM, MULTILEVEL, RVE;

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The spelling, so a template shows {@code ${a.model}} as the spec writes it ("random"). */
    @Override
    public String toString() {
        return spelling();
    }

    public static Optional<ModelKind> find(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(ModelKind::spelling).collect(Collectors.joining(", "));
    }
}

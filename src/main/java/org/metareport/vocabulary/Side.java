package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The side of the funnel plot on which trim-and-fill imputes missing studies, metafor's {@code trimfill(side = ...)}. */
public enum Side {
    LEFT, RIGHT;

    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Side> find(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(Side::spelling).collect(Collectors.joining(", "));
    }
}

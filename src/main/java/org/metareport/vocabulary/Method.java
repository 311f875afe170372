package org.metareport.vocabulary;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Estimators of the between-study variance tau², named as metafor's {@code rma(method = ...)}; FE = fixed effect. */
public enum Method {
    FE("fixed-effect (inverse-variance)", true),
    DL("DerSimonian–Laird", true),
    HE("Hedges (variance components)", true),
    HS("Hunter–Schmidt", true),
    SJ("Sidik–Jonkman", true),
    ML("maximum likelihood", false),
    REML("restricted maximum likelihood", false),
    EB("empirical Bayes", false),
    PM("Paule–Mandel", false);

    private final String description;
    private final boolean closedForm;

    Method(String description, boolean closedForm) {
        this.description = description;
        this.closedForm = closedForm;
    }

    public String description() {
        return description;
    }

    /** True for estimators with a closed form (no iteration). */
    public boolean isClosedForm() {
        return closedForm;
    }

    public static Optional<Method> find(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).filter(m -> m != FE).map(Enum::name).collect(Collectors.joining(", "));
    }
}

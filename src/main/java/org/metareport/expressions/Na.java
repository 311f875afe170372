package org.metareport.expressions;

/** R's missing value inside an evaluation (a row's missing cell, the literal {@code NA}); public for JEXL's dispatch. */
public enum Na {
    NA;

    /** True for NA, and for null (how JEXL hands back a Boolean operator's NA). */
    public static boolean is(Object v) {
        return v == NA || v == null;
    }

    @Override
    public String toString() {
        return "NA";
    }
}

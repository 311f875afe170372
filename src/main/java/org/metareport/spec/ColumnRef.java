package org.metareport.spec;

import org.metareport.problems.Where;

/** A column name written in the spec, with where it was written (so a missing column can be reported there). */
public record ColumnRef(String name, Where where) {
    @Override
    public String toString() {
        return name;
    }
}

package org.metareport.spec;

import java.util.List;
import java.util.stream.Collectors;
import org.metareport.problems.Where;

/**
 * One entry of an analysis's {@code moderators:}: a column ({@code Duration}) or an interaction of columns
 * ({@code Duration:Delivery}), as in R's formula syntax. Each column carries the mark of where it is written, so the
 * data stage can report a missing one there.
 *
 * @param name    the term as the contract names it in results: the columns joined by {@code :}
 * @param columns one column for a main effect, two or more for an interaction; never empty
 * @param where   the entry's scalar
 */
public record Term(String name, List<ColumnRef> columns, Where where) {
    public Term {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a term needs at least one column");
    }

    /** The term of these columns, named {@code a:b}. */
    static Term of(List<ColumnRef> columns, Where where) {
        return new Term(columns.stream().map(ColumnRef::name).collect(Collectors.joining(":")), columns, where);
    }

    /** True for {@code a:b}. */
    public boolean isInteraction() {
        return columns.size() > 1;
    }

    @Override
    public String toString() {
        return name;
    }
}

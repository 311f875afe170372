package org.metareport.spec;

import java.util.List;
import org.metareport.problems.InputException;
import org.metareport.problems.Problem;
import org.metareport.problems.Where;

/**
 * The spec's {@code claims:}, typed: the claims read, or the problems that kept them from being read. A malformed
 * claim does not stop the spec from being read (the contract keeps {@code claims:} verbatim among a spec's extras); its
 * problems are reported with the review's other checks, before anything is fitted ({@link #require()}).
 *
 * @param claims   every claim read, in the spec's order (empty when there are problems)
 * @param problems what is wrong with the {@code claims:} list, located at its key; empty when it is well-formed
 */
public record ClaimsSpec(List<Claim> claims, List<Problem> problems) {
    /** A spec without {@code claims:}. */
    public static final ClaimsSpec NONE = new ClaimsSpec(List.of(), List.of());

    public ClaimsSpec {
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }

    /** Reads a {@code claims:} value (plain YAML) written at {@code where}. */
    static ClaimsSpec read(Object plain, Where where) {
        try {
            return new ClaimsSpec(ClaimsReader.read(plain, where), List.of());
        } catch (InputException e) {
            return new ClaimsSpec(List.of(), e.problems());
        }
    }

    /**
     * The claims.
     *
     * @throws InputException with every problem of a malformed {@code claims:} list
     */
    public List<Claim> require() {
        if (!problems.isEmpty()) throw new InputException(problems);
        return claims;
    }
}

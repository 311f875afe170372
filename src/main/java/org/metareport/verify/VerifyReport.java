package org.metareport.verify;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code verify} found: inputs unchanged, every number of results.json within tolerance, output files
 * identical, and (when the spec has claims) every claim reproduced.
 *
 * @param against   the earlier run's folder
 * @param tolerance relative tolerance for numbers
 */
public record VerifyReport(Path against, double tolerance, List<FileCheck> inputs, List<NumberComparison.Leaf> numbers,
                           List<FileCheck> outputs, List<org.metareport.results.ClaimResult> claims) {
    public VerifyReport {
        claims = List.copyOf(claims);
        inputs = List.copyOf(inputs);
        numbers = List.copyOf(numbers);
        outputs = List.copyOf(outputs);
    }

    /**
     * One file compared by its SHA-256.
     *
     * @param counted false for binary renderings (PNG, PDF), whose bytes depend on the machine's fonts and JDK:
     *                they are listed but do not decide the verdict
     */
    public record FileCheck(String role, String path, String expected, String actual, boolean counted) {
        public boolean same() {
            return expected != null && expected.equals(actual);
        }
    }

    /** True when everything that counts matches. */
    public boolean reproduced() {
        return inputs.stream().allMatch(FileCheck::same) && numbers.stream().allMatch(NumberComparison.Leaf::same)
                && outputs.stream().filter(FileCheck::counted).allMatch(FileCheck::same)
                && claims.stream().allMatch(org.metareport.results.ClaimResult::ok);
    }
}

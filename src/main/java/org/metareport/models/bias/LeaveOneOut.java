package org.metareport.models.bias;

import java.util.List;
import org.metareport.vocabulary.Method;
import org.metareport.vocabulary.TestKind;

/**
 * metafor's {@code leave1out()} for an intercept-only {@code rma.uni} model: the model refitted k times, each time
 * without one effect size, with the same method, test and level (Viechtbauer &amp; Cheung, 2010, Res Synth Methods
 * 1, 112–125). With k = 2 each refit has one effect size and gives it as metafor does for k = 1
 * ({@link PooledEstimate#single}).
 *
 * @see LeaveOut for leaving out clusters of a multilevel model
 */
public final class LeaveOneOut {
    private LeaveOneOut() {}

    /**
     * One row per effect size, in input order, labelled 1 … k.
     *
     * @throws IllegalArgumentException if yi and vi differ in length or k &lt; 2
     */
    public static List<Omission<PooledEstimate>> of(double[] yi, double[] vi, Method method, TestKind test,
                                                     double level) {
        if (yi.length != vi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length);
        if (yi.length < 2)
            throw new IllegalArgumentException("leave-one-out needs at least 2 effect sizes, got " + yi.length);
        Level.alpha(level);
        return LeaveOut.leaveOut(yi.length, LeaveOut.eachRow(yi.length),
                kept -> PooledEstimate.fit(LeaveOut.pick(yi, kept), LeaveOut.pick(vi, kept), method, test, level));
    }
}

package org.metareport.models.bias;

import org.metareport.vocabulary.EggerPredictor;

import java.util.List;
import java.util.Locale;
import org.metareport.models.Coefficient;
import org.metareport.models.FitException;
import org.metareport.vocabulary.Method;
import org.metareport.models.Rma;
import org.metareport.models.RmaFit;
import org.metareport.vocabulary.TestKind;

/**
 * PET-PEESE (Stanley &amp; Doucouliagos, 2014, Res Synth Methods 5, 60–78): the precision-effect test
 * {@code rma(yi, vi, mods = ~ sqrt(vi))} and the precision-effect estimate with standard error
 * {@code rma(yi, vi, mods = ~ vi)}, both weighted by 1/(vᵢ + tau²) (1/vᵢ with {@link Method#FE}, the authors' fixed
 * effect weighted least squares up to its dispersion). Their intercepts estimate the effect of a study with infinite
 * precision.
 *
 * <p>The conditional estimator takes PEESE's intercept when PET's intercept differs from 0 at the one-sided 5% level
 * in the direction of PET's estimate (two-sided p &lt; 0.10), and PET's intercept otherwise (Stanley &amp;
 * Doucouliagos, 2014, p. 71). Both are known to be biased when heterogeneity is large and k is small (Stanley, 2017,
 * Soc Psychol Personal Sci 8, 581–591): report them as a sensitivity analysis, not as the corrected effect.
 */
public final class PetPeese {
    /** The two-sided p-value below which PEESE is chosen (a one-sided 5% test). */
    public static final double PET_ALPHA = 0.10;

    private PetPeese() {}

    /**
     * The two meta-regressions and the conditional estimate.
     *
     * @param pet            yᵢ ~ √vᵢ, coefficients {@code intrcpt} and {@code sqrt(vi)}
     * @param peese          yᵢ ~ vᵢ, coefficients {@code intrcpt} and {@code vi}
     * @param peeseSelected  true when PET's intercept has two-sided p &lt; {@link #PET_ALPHA}
     * @param conditional    the selected intercept (PEESE's when {@code peeseSelected}, PET's otherwise)
     */
    public record Result(RmaFit pet, RmaFit peese, boolean peeseSelected, Coefficient conditional) {}

    /**
     * Fits PET and PEESE with the given method, test and level (metafor: {@code rma(yi, vi, mods = ~ sqrt(vi), method
     * = ...)} and {@code mods = ~ vi}).
     *
     * @throws FitException if either meta-regression cannot be fitted, or all vᵢ are equal
     */
    public static Result fit(double[] yi, double[] vi, Method method, TestKind test, double level) {
        if (yi.length != vi.length)
            throw new IllegalArgumentException("lengths differ: yi " + yi.length + ", vi " + vi.length);
        if (yi.length < 3)
            throw new FitException(String.format(Locale.ROOT, "PET-PEESE needs at least 3 effect sizes, got %d",
                    yi.length));
        RmaFit pet = Rma.fit(yi, vi, EggerTest.design(vi, EggerPredictor.SEI), List.of("intrcpt", "sqrt(vi)"), method,
                test, level);
        RmaFit peese = Rma.fit(yi, vi, EggerTest.design(vi, EggerPredictor.VI), List.of("intrcpt", "vi"), method,
                test, level);
        if (pet.p() < 2 || peese.p() < 2)
            throw new FitException("all " + yi.length + " effect sizes have the same sampling variance, so PET-PEESE "
                    + "cannot separate precision from effect");
        Coefficient petIntercept = pet.coefficients().get(0);
        boolean selected = petIntercept.p() < PET_ALPHA;
        return new Result(pet, peese, selected, selected ? peese.coefficients().get(0) : petIntercept);
    }
}

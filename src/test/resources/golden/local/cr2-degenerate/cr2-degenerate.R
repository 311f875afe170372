# A CR2 test that is not available: the coefficient 'x' is a contrast within study S1 alone (S1 has two effects, and
# 'type' = b marks S1), so the model fits S1's two effects exactly, the sandwich has no information about x and its
# robust SE is 0 up to rounding. clubSandwich 0.5.x prints for rma.mv SE 0 with df NaN, for rma.uni SE ~1e-17 with a
# finite df and p < .001; metareport reports x's robust test as not available. The other coefficients are checked.
# Run from this folder: Rscript cr2-degenerate.R  (writes cr2-degenerate.json)
suppressMessages({library(metafor); library(clubSandwich); library(jsonlite)})
d <- read.csv("data.csv")
out <- list()
one <- function(m, name) {
  ct <- coef_test(m, vcov = "CR2", cluster = d$study)
  ci <- conf_int(m, vcov = "CR2", cluster = d$study, level = 0.95)
  out[[name]] <<- list(term = c("intercept", "type[b]", "x"), b = unname(ct$beta), se = unname(ct$SE),
                       tval = unname(ct$tstat), df = unname(ct$df_Satt), pval = unname(ct$p_Satt),
                       ci.lb = unname(ci$CI_L), ci.ub = unname(ci$CI_U), model_se = unname(m$se))
}
one(rma(yi, vi, mods = ~ type + x, data = d, method = "REML", test = "t"), "uni")
one(rma.mv(yi, vi, mods = ~ type + x, random = ~ 1 | study/esid, data = d, method = "REML", test = "t"), "mv")
writeLines(toJSON(out, digits = NA, auto_unbox = FALSE, na = "string", pretty = TRUE), "cr2-degenerate.json")

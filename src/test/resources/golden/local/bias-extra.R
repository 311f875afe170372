# Additional reference values for org.metareport.models.bias, beyond the shared fixtures (which stay the truth).
# Run from this folder:  Rscript bias-extra.R   (R 4.2.2, metafor 3.8-1, numDeriv, jsonlite; writes bias-extra.json)
# Data: the shared fixtures' csv files, copied unchanged into ../metadat and ../school-based.
suppressMessages(library(metafor))
options(warn = 1)
sb  <- read.csv("../school-based/analysis.csv")
bcg <- read.csv("../metadat/dat.bcg.csv")
tight <- list(threshold = 1e-13, tol = 1e-13, maxiter = 10000)
out <- list(versions = list(R = R.version.string, metafor = as.character(packageVersion("metafor"))))

num <- function(x) if (is.null(x) || length(x) == 0) NULL else unname(c(x))

selblock <- function(s, call) list(call = call, steps = s$steps, alternative = s$alternative,
  b = num(s$beta), se = num(s$se), zval = num(s$zval), pval = num(s$pval), ci.lb = num(s$ci.lb), ci.ub = num(s$ci.ub),
  tau2 = s$tau2, se.tau2 = s$se.tau2, delta = num(s$delta), se.delta = num(s$se.delta), zval.delta = num(s$zval.delta),
  pval.delta = num(s$pval.delta), ci.lb.delta = num(s$ci.lb.delta), ci.ub.delta = num(s$ci.ub.delta),
  ll = s$ll, ll0 = s$ll0, LRT = s$LRT, LRTdf = s$LRTdf, LRTp = s$LRTp, LRT.tau2 = s$LRT.tau2, LRTp.tau2 = s$LRTp.tau2,
  ptable_k = s$ptable$k, ptable_interval = rownames(s$ptable))

# 1. two-sided step functions, metafor's defaults (as SelectionOptimum.AS_METAFOR)
fsb <- rma(yi, vi, data = sb, method = "ML", control = tight)
fbcg <- rma(yi, vi, data = bcg, method = "ML", control = tight)
out$selmodel_two_sided_school <- selblock(selmodel(fsb, type = "stepfun", steps = c(0.05, 0.5), alternative = "two.sided"),
  "selmodel(rma(yi, vi, method = 'ML'), type = 'stepfun', steps = c(0.05, 0.5), alternative = 'two.sided') [school-based]")
out$selmodel_two_sided_bcg <- selblock(selmodel(fbcg, type = "stepfun", steps = 0.05, alternative = "two.sided"),
  "selmodel(rma(yi, vi, method = 'ML'), type = 'stepfun', steps = 0.05, alternative = 'two.sided') [dat.bcg]")
out$selmodel_greater_3steps_school <- selblock(selmodel(fsb, type = "stepfun", steps = c(0.025, 0.1)),
  "selmodel(rma(yi, vi, method = 'ML'), type = 'stepfun', steps = c(0.025, 0.1)) [school-based]")
mol <- read.csv("../metadat/dat.molloy2014.csv")
out$selmodel_molloy_0.025_0.5 <- selblock(selmodel(rma(yi, vi, data = mol, method = "ML", control = tight),
  type = "stepfun", steps = c(0.025, 0.5)),
  "selmodel(rma(yi, vi, method = 'ML'), type = 'stepfun', steps = c(0.025, 0.5)) [dat.molloy2014: small tau2, 1 p-value in the last interval]")

# 2. the maximum of the likelihood (as SelectionOptimum.EXACT): metafor's fit continued from its own estimate with
#    tight optimisers; the best log-likelihood of several is kept, with the numerical gradient there (numDeriv)
exact <- function(fit, steps, alternative, label) {
  s0 <- selmodel(fit, type = "stepfun", steps = steps, alternative = alternative)
  best <- s0
  for (opt in c("BFGS", "Nelder-Mead", "nlminb", "bobyqa")) {
    ctrl <- list(optimizer = opt, beta.init = c(s0$beta), tau2.init = s0$tau2, delta.init = s0$delta)
    if (opt == "BFGS") ctrl <- c(ctrl, list(reltol = 1e-16, maxit = 10000))
    if (opt == "Nelder-Mead") ctrl <- c(ctrl, list(reltol = 1e-16, maxit = 100000))
    if (opt == "nlminb") ctrl <- c(ctrl, list(rel.tol = 1e-15, eval.max = 10000, iter.max = 10000))
    if (opt == "bobyqa") ctrl <- c(ctrl, list(rhoend = 1e-12, maxfun = 100000))
    s <- try(suppressWarnings(selmodel(fit, type = "stepfun", steps = steps, alternative = alternative, control = ctrl)),
             silent = TRUE)
    if (!inherits(s, "try-error") && s$ll > best$ll) best <- s
  }
  res <- selblock(best, paste0("maximum of selmodel(", label, "), continued with tight optimisers"))
  res$ll_metafor_default <- s0$ll
  res
}
out$selmodel_exact_school_0.025 <- exact(fsb, 0.025, "greater", "school-based, steps = 0.025")
out$selmodel_exact_school_0.025_0.5 <- exact(fsb, c(0.025, 0.5), "greater", "school-based, steps = c(0.025, 0.5)")
out$selmodel_exact_bcg_less <- exact(fbcg, 0.025, "less", "dat.bcg, steps = 0.025, alternative = 'less'")

# 3. Egger's test: Knapp-Hartung, predictor vi, DL
regblock <- function(r, call) list(call = call, zval = num(r$zval), pval = num(r$pval), dfs = num(r$dfs),
  est = num(r$est), ci.lb = num(r$ci.lb), ci.ub = num(r$ci.ub))
out$regtest_bcg_knha <- regblock(regtest(rma(yi, vi, data = bcg, test = "knha", control = tight)),
  "regtest(rma(yi, vi, test = 'knha')) [dat.bcg]")
out$regtest_bcg_vi <- regblock(regtest(rma(yi, vi, data = bcg, control = tight), predictor = "vi"),
  "regtest(rma(yi, vi), predictor = 'vi') [dat.bcg]")
out$regtest_school_DL <- regblock(regtest(rma(yi, vi, data = sb, method = "DL")),
  "regtest(rma(yi, vi, method = 'DL')) [school-based]")
out$regtest_lm_vi_bcg <- regblock(regtest(rma(yi, vi, data = bcg, control = tight), model = "lm", predictor = "vi"),
  "regtest(rma(yi, vi), model = 'lm', predictor = 'vi') [dat.bcg]")

# 4. trim-and-fill (control passed on to its refits, which otherwise use the default threshold): Q0, R0 on school-based, a left-side fill (dat.bcg with the sign of yi flipped), DL
tfblock <- function(t, call) list(call = call, k0 = t$k0, se.k0 = num(t$se.k0), side = t$side, estimator = t$k0.est,
  p.k0 = num(t$p.k0), k = t$k, b = num(t$beta), se = num(t$se), zval = num(t$zval), pval = num(t$pval),
  ci.lb = num(t$ci.lb), ci.ub = num(t$ci.ub), tau2 = t$tau2, I2 = t$I2, H2 = t$H2, QE = t$QE, QEp = t$QEp,
  filled_yi = if (t$k0 > 0) tail(c(t$yi), t$k0) else list(), filled_vi = if (t$k0 > 0) tail(c(t$vi), t$k0) else list())
out$trimfill_bcg_Q0 <- tfblock(trimfill(rma(yi, vi, data = bcg, control = tight), estimator = "Q0", control = tight),
  "trimfill(rma(yi, vi), estimator = 'Q0') [dat.bcg]")
out$trimfill_school_R0 <- tfblock(trimfill(rma(yi, vi, data = sb, control = tight), estimator = "R0", control = tight),
  "trimfill(rma(yi, vi), estimator = 'R0') [school-based]")
out$trimfill_bcg_negated <- tfblock(trimfill(rma(-yi, vi, data = bcg, control = tight), control = tight),
  "trimfill(rma(-yi, vi)) [dat.bcg, yi negated]")
out$trimfill_bcg_DL_left <- tfblock(trimfill(rma(yi, vi, data = bcg, method = "DL"), side = "left"),
  "trimfill(rma(yi, vi, method = 'DL'), side = 'left') [dat.bcg]")

# 5. influence with a moderator, z and Knapp-Hartung
infblock <- function(f, call) { i <- influence(f); list(call = call, rstudent = i$inf$rstudent, dffits = i$inf$dffits,
  cook.d = i$inf$cook.d, cov.r = i$inf$cov.r, tau2.del = i$inf$tau2.del, QE.del = i$inf$QE.del, hat = i$inf$hat,
  weight = i$inf$weight, dfbs = sapply(rownames(f$beta), function(n) c(i$dfbs[[n]]), simplify = FALSE),
  is.infl = i$is.infl) }
out$influence_bcg_ablat <- infblock(rma(yi, vi, mods = ~ ablat, data = bcg, control = tight),
  "influence(rma(yi, vi, mods = ~ ablat)) [dat.bcg]")
out$influence_bcg_ablat_knha <- infblock(rma(yi, vi, mods = ~ ablat, data = bcg, test = "knha", control = tight),
  "influence(rma(yi, vi, mods = ~ ablat, test = 'knha')) [dat.bcg]")
out$influence_bcg_DL <- infblock(rma(yi, vi, data = bcg, method = "DL"), "influence(rma(yi, vi, method = 'DL')) [dat.bcg]")

# 6. leave-one-out and cumulative with Knapp-Hartung / DL
l1block <- function(l, call) list(call = call, estimate = l$estimate, se = l$se,
  zval = if (is.null(l$zval)) l$tval else l$zval, pval = l$pval,
  ci.lb = l$ci.lb, ci.ub = l$ci.ub, Q = l$Q, Qp = l$Qp, tau2 = l$tau2, I2 = l$I2, H2 = l$H2)
out$leave1out_bcg_knha <- l1block(leave1out(rma(yi, vi, data = bcg, test = "knha", control = tight)),
  "leave1out(rma(yi, vi, test = 'knha')) [dat.bcg]")
out$leave1out_bcg_DL <- l1block(leave1out(rma(yi, vi, data = bcg, method = "DL")),
  "leave1out(rma(yi, vi, method = 'DL')) [dat.bcg]")
cu <- cumul(rma(yi, vi, data = bcg, method = "DL", test = "knha"), order = bcg$year)
out$cumul_bcg_DL_knha <- c(l1block(cu, "cumul(rma(yi, vi, method = 'DL', test = 'knha'), order = year) [dat.bcg]"),
  list(order = as.character(cu$slab)))

# 7. fail-safe N: Rosenberg, weighted Orwin with a target
fsnblock <- function(f, call) list(call = call, fsnum = f$fsnum, alpha = f$alpha, pval = num(f$pval),
  meanes = num(f$meanes), target = num(f$target))
out$fsn_Rosenberg <- fsnblock(fsn(yi, vi, data = bcg, type = "Rosenberg"), "fsn(yi, vi, type = 'Rosenberg') [dat.bcg]")
out$fsn_Orwin_weighted <- fsnblock(fsn(yi, vi, data = bcg, type = "Orwin", weighted = TRUE, target = 0.2),
  "fsn(yi, vi, type = 'Orwin', weighted = TRUE, target = 0.2) [dat.bcg]")
out$fsn_Rosenthal_school <- fsnblock(fsn(yi, vi, data = sb), "fsn(yi, vi) [school-based]")

writeLines(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = TRUE),
           "bias-extra.json")

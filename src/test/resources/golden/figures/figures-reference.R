# Reference numbers behind metareport's optional figures (FigureNumbersGoldenTest), from metafor:
#   bubble plots  - regplot's line: predict(res, newmods = ...) over 100 values of the moderator, others at means
#   Baujat        - baujat(res) coordinates
#   GOSH          - gosh(res, subsets, seed): the subsets it drew (incl) and each subset's estimate and I2
#   orchard       - predict() per level of a categorical moderator of the school-based three-level model
#   weight fn     - selmodel(type = "stepfun") weights of the school-based REML model
# Fits converge far tighter than metafor's defaults (as the shared fixtures: threshold 1e-13; rma.mv rel.tol
# 1e-10), so values sit at the optimum; baujat() and gosh() refit with the fit's own control.
# Run from this folder: Rscript figures-reference.R  (writes figures-reference.json)
suppressPackageStartupMessages({library(metafor); library(jsonlite); library(clubSandwich)})
ctl <- list(threshold = 1e-13, maxiter = 10000)
ctl_mv <- list(rel.tol = 1e-10)
out <- list(versions = list(R = R.version.string, metafor = as.character(packageVersion("metafor"))))

dat <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
line <- function(res, mod, X) {
  j <- which(colnames(res$X) == mod)
  xs <- seq(min(X[, j]), max(X[, j]), length.out = 100)
  means <- colMeans(X)[-1]
  nm <- matrix(rep(means, each = 100), nrow = 100)
  nm[, j - 1] <- xs
  p <- predict(res, newmods = nm)
  list(x = xs, pred = p$pred, ci_lb = p$ci.lb, ci_ub = p$ci.ub, pi_lb = p$pi.lb, pi_ub = p$pi.ub)
}
r1 <- rma(yi, vi, mods = ~ ablat, data = dat, method = "REML", control = ctl)
r2 <- rma(yi, vi, mods = ~ ablat + year, data = dat, method = "REML", control = ctl)
r3 <- rma(yi, vi, mods = ~ ablat, data = dat, method = "DL", test = "knha", control = ctl)
out$bubble <- list(latitude = line(r1, "ablat", r1$X),
                   latitude_year_ablat = line(r2, "ablat", r2$X),
                   latitude_year_year = line(r2, "year", r2$X),
                   latitude_dl_knha = line(r3, "ablat", r3$X))

bj <- function(res) { pdf(NULL); b <- baujat(res); dev.off(); list(x = b$x, y = b$y) }
out$baujat <- list(reml = bj(rma(yi, vi, data = dat, method = "REML", control = ctl)),
                   dl = bj(rma(yi, vi, data = dat, method = "DL", control = ctl)),
                   fe = bj(rma(yi, vi, data = dat, method = "FE", control = ctl)),
                   ablat_reml = bj(r1))

gs <- function(res, n, seed) {
  g <- gosh(res, subsets = n, seed = seed, progbar = FALSE)
  list(incl = unname(apply(g$incl, 1, function(r) as.integer(r))), estimate = g$res$estimate, I2 = g$res$I2)
}
out$gosh <- list(reml = gs(rma(yi, vi, data = dat, method = "REML", control = ctl), 200, 1),
                 dl = gs(rma(yi, vi, data = dat, method = "DL", control = ctl), 300, 2),
                 fe = gs(rma(yi, vi, data = dat, method = "FE", control = ctl), 300, 3))

sb <- read.csv("../school-based/analysis.csv", check.names = FALSE)
V <- impute_covariance_matrix(sb$vi, cluster = sb$study, r = 0.8)
m0 <- rma.mv(yi, V, random = ~ 1 | study / es_id, test = "t", data = sb, method = "REML", control = ctl_mv)
mc <- rma.mv(yi, V, mods = ~ Construct, random = ~ 1 | study / es_id, test = "t", data = sb, method = "REML", control = ctl_mv)
pr <- function(p) list(pred = p$pred, ci_lb = p$ci.lb, ci_ub = p$ci.ub, pi_lb = p$pi.lb, pi_ub = p$pi.ub)
out$orchard <- list(overall = pr(predict(m0)),
                    construct = list(levels = c("A", "D"), k = as.integer(table(sb$Construct)),
                                     pred = pr(predict(mc, newmods = c(0, 1)))))
# this likelihood is flat: nlminb at rel.tol 1e-10 stops with sigma2 1.6e-6 (relative) short of the optimum that BFGS
# and Nelder-Mead at reltol 1e-15 agree on (log-likelihood equal to 1e-12), so BFGS is used here
mw <- rma.mv(yi, V, mods = ~ Duration.weeks, random = ~ 1 | study / es_id, test = "t", data = sb, method = "REML",
             control = list(optimizer = "optim", optmethod = "BFGS", reltol = 1e-15, maxit = 100000))
out$bubble$multilevel_weeks <- line(mw, "Duration.weeks", mw$X)
u <- rma(yi, vi, data = sb, method = "REML", control = ctl)
sel <- selmodel(u, type = "stepfun", steps = c(0.025, 0.5))
out$weights <- list(steps = c(0.025, 0.5), delta = unname(sel$delta), ci_lb = unname(sel$ci.lb.delta),
                    ci_ub = unname(sel$ci.ub.delta))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "figures-reference.json")

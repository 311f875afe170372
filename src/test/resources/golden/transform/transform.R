# Reference values for metareport's effect.transform (issue 11): metafor's predict(..., transf = ...) and the
# transf argument of leave1out() and cumul(), on metadat's dat.bcg (RR, from the 2x2 counts) and dat.molloy2014
# (ZCOR). Run from this folder:  Rscript transform.R   (writes transform.json)
# REML is fitted to full convergence (threshold 1e-13 instead of metafor's 1e-5), so that the reference is accurate
# to 1e-10 and the comparison tests the transform, not where two optimisers stopped.
suppressPackageStartupMessages({library(metafor); library(metadat); library(jsonlite)})
num <- function(x) unname(as.numeric(x))
pred <- function(p) list(pred = num(p$pred), ci.lb = num(p$ci.lb), ci.ub = num(p$ci.ub),
                         pi.lb = if (is.null(p$pi.lb)) NULL else num(p$pi.lb),
                         pi.ub = if (is.null(p$pi.ub)) NULL else num(p$pi.ub))

bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
tight <- list(threshold = 1e-13, maxiter = 1000)
reml <- rma(yi, vi, data = bcg, method = "REML", control = tight)
fe <- rma(yi, vi, data = bcg, method = "FE")
ablat <- rma(yi, vi, mods = ~ ablat, data = bcg, method = "REML", control = tight)
at <- c(10, 20, 30, 40, 50, 60)
l1o <- leave1out(reml, transf = exp)
cum <- cumul(reml, order = bcg$year, transf = exp)

mol <- escalc(measure = "ZCOR", ri = ri, ni = ni, data = dat.molloy2014)
zreml <- rma(yi, vi, data = mol, method = "REML", control = tight)

out <- list(
  source = "metafor predict(transf = exp | transf.ztor), leave1out(transf = exp), cumul(transf = exp)",
  versions = list(R = R.version.string, metafor = as.character(packageVersion("metafor")),
                  metadat = as.character(packageVersion("metadat"))),
  bcg = list(
    call = "escalc('RR', ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg); rma(yi, vi, method = 'REML', control = list(threshold = 1e-13))",
    reml = list(analysis = pred(predict(reml)), exp = pred(predict(reml, transf = exp))),
    fe = list(analysis = pred(predict(fe)), exp = pred(predict(fe, transf = exp))),
    ablat = list(call = "rma(yi, vi, mods = ~ ablat, method = 'REML'); predict(newmods = at, transf = exp)",
                 at = at, coef = num(coef(ablat)),
                 analysis = pred(predict(ablat, newmods = at)), exp = pred(predict(ablat, newmods = at, transf = exp))),
    leave1out = list(estimate = num(l1o$estimate), ci.lb = num(l1o$ci.lb), ci.ub = num(l1o$ci.ub)),
    cumul = list(order = "year", estimate = num(cum$estimate), ci.lb = num(cum$ci.lb), ci.ub = num(cum$ci.ub))),
  molloy = list(
    call = "escalc('ZCOR', ri = ri, ni = ni, data = dat.molloy2014); rma(yi, vi, method = 'REML', control = list(threshold = 1e-13))",
    reml = list(analysis = pred(predict(zreml)), ztor = pred(predict(zreml, transf = transf.ztor)))))
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "transform.json")

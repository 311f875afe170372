# Reference values for the escalc measures metareport added in issue 10 (single-group, rate, change and
# variability measures, the 2x2 measures from group totals, and generic inverse variance from a confidence
# interval). Run from this folder: Rscript escalc-measures.R  (writes one <measure>.csv per case).
# Each CSV holds the inputs as escalc's argument names and yi, vi as escalc computes them, at 17 digits.
suppressPackageStartupMessages({ library(metafor); library(metadat) })
write <- function(name, inputs, es) {
  out <- cbind(inputs, yi = as.numeric(es$yi), vi = as.numeric(es$vi))
  write.csv(format(out, digits = 17), paste0(name, ".csv"), row.names = FALSE, quote = FALSE)
}
# single proportions: dat.pritz1997 (xi of ni), plus rows with 0 and all events for the zero-cell rule
p <- data.frame(xi = c(dat.pritz1997$xi, 0, 12), ni = c(dat.pritz1997$ni, 20, 12))
for (m in c("PR", "PLO", "PAS", "PFT")) write(m, p, escalc(m, xi = xi, ni = ni, data = p))
# incidence rates: dat.hart1999 (events over patient-years), plus a row with no events
h <- dat.hart1999
r <- data.frame(xi = c(h$x1i, 0), ti = c(h$t1i, 50))
for (m in c("IR", "IRLN")) write(m, r, escalc(m, xi = xi, ti = ti, data = r))
rr <- data.frame(x1i = c(h$x1i, 0), x2i = c(h$x2i, 3), t1i = c(h$t1i, 40), t2i = c(h$t2i, 45))
write("IRR", rr, escalc("IRR", x1i = x1i, x2i = x2i, t1i = t1i, t2i = t2i, data = rr))
# single means: dat.normand1999's treatment groups
n <- dat.normand1999
mn <- data.frame(mi = n$m1i, sdi = n$sd1i, ni = n$n1i)
for (m in c("MN", "MNLN")) write(m, mn, escalc(m, mi = mi, sdi = sdi, ni = ni, data = mn))
# mean change: the treatment groups of Morris (2008, Table 2), as in metafor's escalc help page (this metadat
# version has no dat.morris2008); post = m1i, pre = m2i
mo <- data.frame(mpre = c(30.6, 23.5, 0.5, 53.4, 35.6), mpost = c(38.5, 26.8, 0.7, 75.9, 36.0),
                 sdpre = c(15.0, 3.1, 0.1, 14.5, 4.7), sdpost = c(11.6, 4.1, 0.1, 4.4, 4.6),
                 ni = c(20, 50, 9, 10, 14), ri = c(0.47, 0.64, 0.77, 0.89, 0.44))
mc <- data.frame(m1i = mo$mpost, m2i = mo$mpre, sd1i = mo$sdpost, sd2i = mo$sdpre, ri = mo$ri, ni = mo$ni)
for (m in c("MC", "SMCC")) write(m, mc, escalc(m, m1i = m1i, m2i = m2i, sd1i = sd1i, sd2i = sd2i, ri = ri, ni = ni, data = mc))
mcr <- data.frame(m1i = mo$mpost, m2i = mo$mpre, sd1i = mo$sdpre, ri = mo$ri, ni = mo$ni)
write("SMCR", mcr, escalc("SMCR", m1i = m1i, m2i = m2i, sd1i = sd1i, ri = ri, ni = ni, data = mcr))
# variability: dat.normand1999's two groups
v <- data.frame(m1i = n$m1i, sd1i = n$sd1i, n1i = n$n1i, m2i = n$m2i, sd2i = n$sd2i, n2i = n$n2i)
write("CVR", v, escalc("CVR", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = v))
vr <- v[, c("sd1i", "n1i", "sd2i", "n2i")]
write("VR", vr, escalc("VR", sd1i = sd1i, n1i = n1i, sd2i = sd2i, n2i = n2i, data = vr))
# 2x2 measures from the event cells and group totals (bi = n1i - ai): dat.nielweise2007, which has zero cells
nw <- dat.nielweise2007
t2 <- data.frame(ai = nw$ai, n1i = nw$n1i, ci = nw$ci, n2i = nw$n2i)
for (m in c("OR", "RR", "RD")) write(paste0(m, "-totals"), t2, escalc(m, ai = ai, n1i = n1i, ci = ci, n2i = n2i, data = t2))
# generic inverse variance: hazard ratios with 95% and 90% intervals. metafor 3.8 has no conv.wald (added in 4.0),
# so its formula is written out: sei = (ci.ub - ci.lb) / (2 * qnorm((1 - level/100)/2, lower.tail = FALSE)), on the
# log scale for ratios (transf = log)
conv.wald <- function(out, ci.lb, ci.ub, data, level = 95, transf = identity) {
  yi <- transf(data[[deparse(substitute(out))]])
  lb <- transf(data[[deparse(substitute(ci.lb))]]); ub <- transf(data[[deparse(substitute(ci.ub))]])
  list(yi = yi, vi = ((ub - lb) / (2 * qnorm((1 - level / 100) / 2, lower.tail = FALSE)))^2)
}
# (the estimate's column is called est: yi is the output's name)
hr <- data.frame(est = c(0.75, 1.20, 0.58, 0.91), ci.lb = c(0.60, 0.95, 0.35, 0.70), ci.ub = c(0.94, 1.52, 0.96, 1.18))
g95 <- conv.wald(out = est, ci.lb = ci.lb, ci.ub = ci.ub, data = hr, transf = log)
write("PRE-ci-ratio", hr, g95)
d90 <- data.frame(est = c(0.31, -0.12, 0.55), ci.lb = c(0.05, -0.40, 0.20), ci.ub = c(0.57, 0.16, 0.90))
g90 <- conv.wald(out = est, ci.lb = ci.lb, ci.ub = ci.ub, level = 90, data = d90)
write("PRE-ci-90", d90, g90)
cat("metafor", as.character(packageVersion("metafor")), "\n", file = "VERSION")

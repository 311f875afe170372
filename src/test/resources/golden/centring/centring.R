# Reference values for `center:` and `marginal_means:` options (CentringGoldenTest).
# Run from this folder: Rscript centring.R  (reads ../school-based/analysis.csv and bcg.csv; writes school.csv and
# centring.json). metafor 3.8-1, clubSandwich 0.5.8. Fits converge tighter than metafor's defaults: rma with
# threshold 1e-13; rma.mv by nlminb at rel.tol 1e-10 (as the shared fixtures), then polished by Nelder-Mead with
# reltol 1e-15 where that reaches a higher REML log-likelihood (nlminb stops short on s4 by 1e-11 in log-likelihood,
# which moves a p value by 2e-6 relative).
#
# Each moderator is centred by hand, as an R user would (x - mean(x) over the rows named, or x - value), and the model
# is fitted to the analysed rows. Marginal means are clubSandwich's linear_contrast (CR2, Satterthwaite df) of the
# fitted model at the point asked for: the level's indicator, the other moderators at the values named.
suppressPackageStartupMessages({ library(metafor); library(clubSandwich); library(jsonlite) })

# --- school-based three-level data; three Sample cells blanked so that "all rows" (na.rm = TRUE per column) and the
#     rows fitted (those with every moderator) differ
d <- read.csv("../school-based/analysis.csv")
d <- d[, c("study", "es_id", "yi", "vi", "Construct", "Universal", "Longduration", "Duration.weeks", "Sample",
           "es_source")]
d$Sample[c(5, 17, 40)] <- NA
write.csv(d, "school.csv", row.names = FALSE, na = "")
d <- read.csv("school.csv")   # as metareport reads it (15 significant digits)

ml <- function(s, mods) {
  V <- impute_covariance_matrix(s$vi, cluster = s$study, r = 0.8)
  fit <- function(control) rma.mv(yi, V, mods = mods, random = ~ 1 | study/es_id, data = s, test = "t",
                                  method = "REML", control = control)
  m <- fit(list(rel.tol = 1e-10))
  # polish with Nelder-Mead; keep it only where it converged to a higher REML log-likelihood
  nm <- tryCatch(fit(list(optimizer = "optim", optmethod = "Nelder-Mead", reltol = 1e-15, maxit = 100000,
                          sigma2.init = m$sigma2)), error = function(e) NULL)
  if (!is.null(nm) && logLik(nm) > logLik(m)) nm else m
}
coefs <- function(m, cluster) {
  ct <- coef_test(m, vcov = "CR2", cluster = cluster)
  list(b = unname(as.vector(m$b)), se = unname(m$se), tval = unname(m$zval), pval = unname(m$pval),
       ci.lb = unname(m$ci.lb), ci.ub = unname(m$ci.ub),
       cr2 = list(beta = unname(ct$beta), SE = unname(ct$SE), df = unname(ct$df_Satt), p = unname(ct$p_Satt)))
}
means <- function(m, cluster, L) {
  lc <- linear_contrast(m, vcov = "CR2", cluster = cluster, contrasts = L, p_values = TRUE)
  list(level = rownames(L), Est = unname(lc$Est), SE = unname(lc$SE), df = unname(lc$df), CI_L = unname(lc$CI_L),
       CI_U = unname(lc$CI_U), p = unname(lc$p_val))
}
out <- list(metafor = as.character(packageVersion("metafor")),
            clubSandwich = as.character(packageVersion("clubSandwich")))
pD.all <- mean(d$Construct == "D")

# s1: where: Universal == 1; center: {at: all_rows}; marginal_means: Construct (others centred = at all-row means)
s <- subset(d, Universal == 1 & !is.na(Sample))
s$dur.c <- s$Duration.weeks - mean(d$Duration.weeks, na.rm = TRUE)
s$samp.c <- s$Sample - mean(d$Sample, na.rm = TRUE)
s$D.c <- (s$Construct == "D") - pD.all
m <- ml(s, ~ dur.c + samp.c + D.c)
out$s1 <- c(list(k = m$k), coefs(m, s$study),
            list(mm = means(m, s$study, rbind(A = c(1, 0, 0, 0 - pD.all), D = c(1, 0, 0, 1 - pD.all)))))

# s2: every row; center: {values: {Duration.weeks: 12, Construct: D}} (Sample at its mean over the rows fitted);
#     marginal_means: Construct, others centred = where the model is centred
s <- subset(d, !is.na(Sample))
s$dur.c <- s$Duration.weeks - 12
s$samp.c <- s$Sample - mean(s$Sample)
s$D.c <- (s$Construct == "D") - 1
m <- ml(s, ~ dur.c + samp.c + D.c)
out$s2 <- c(list(k = m$k), coefs(m, s$study),
            list(mm = means(m, s$study, rbind(A = c(1, 0, 0, -1), D = c(1, 0, 0, 0)))))

# s3: where: Universal == 1; not centred; marginal_means: {by: Construct, others: all_rows_means, at: {Longduration: 0}}
s <- subset(d, Universal == 1 & !is.na(Sample))
s$D <- as.numeric(s$Construct == "D")
m <- ml(s, ~ Longduration + Sample + D)
sa <- mean(d$Sample, na.rm = TRUE)
out$s3 <- c(list(k = m$k), coefs(m, s$study),
            list(mm = means(m, s$study, rbind(A = c(1, 0, sa, 0), D = c(1, 0, sa, 1)))))

# s4: every row; center: true; marginal_means: {by: Construct, others: reference, at: {Duration.weeks: 12}}
#     (es_source at its reference level DID)
s <- d
pD <- mean(s$Construct == "D"); pP <- mean(s$es_source == "posttest"); pR <- mean(s$es_source == "reported")
mdur <- mean(s$Duration.weeks)
s$D.c <- (s$Construct == "D") - pD
s$P.c <- (s$es_source == "posttest") - pP
s$R.c <- (s$es_source == "reported") - pR
s$dur.c <- s$Duration.weeks - mdur
m <- ml(s, ~ D.c + P.c + R.c + dur.c)
out$s4 <- c(list(k = m$k), coefs(m, s$study),
            list(mm = means(m, s$study, rbind(A = c(1, -pD, -pP, -pR, 12 - mdur), D = c(1, 1 - pD, -pP, -pR, 12 - mdur)))))

# s5: where: Universal == 1; not centred; marginal_means: {by: Construct, others: all_rows_means,
#     at: {es_source: posttest}} (Sample at its mean over all rows)
s <- subset(d, Universal == 1 & !is.na(Sample))
s$D <- as.numeric(s$Construct == "D"); s$P <- as.numeric(s$es_source == "posttest")
s$R <- as.numeric(s$es_source == "reported")
m <- ml(s, ~ D + P + R + Sample)
out$s5 <- c(list(k = m$k), coefs(m, s$study),
            list(mm = means(m, s$study, rbind(A = c(1, 0, 1, 0, sa), D = c(1, 1, 1, 0, sa)))))

# s6: subgroup: Universal; center: {at: all_rows}; each subgroup's model centred at the same all-row mean
out$s6 <- lapply(c(`0` = 0, `1` = 1), function(u) {
  s <- subset(d, Universal == u)
  s$dur.c <- s$Duration.weeks - mean(d$Duration.weeks)
  m <- ml(s, ~ dur.c)
  c(list(k = m$k), coefs(m, s$study))
})

# --- dat.bcg, log risk ratios, rma (REML, z tests); CR2 with each trial its own cluster
b <- read.csv("bcg.csv")
b <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = b)
uni <- function(s, mods) rma(yi, vi, mods = mods, data = s, method = "REML",
                             control = list(threshold = 1e-13, maxiter = 10000))

# b1: where: alloc != "alternate"; center: {at: all_rows}; marginal_means: alloc (others centred)
s <- subset(b, alloc != "alternate")
s$ablat.c <- s$ablat - mean(b$ablat); s$year.c <- s$year - mean(b$year)
pS <- mean(b$alloc == "systematic")
s$sys.c <- (s$alloc == "systematic") - pS
m <- uni(s, ~ ablat.c + year.c + sys.c)
out$b1 <- c(list(k = m$k), coefs(m, s$trial),
            list(mm = means(m, s$trial, rbind(random = c(1, 0, 0, -pS), systematic = c(1, 0, 0, 1 - pS)))))

# b2: every row; center: true; marginal_means: {by: alloc, others: reference, at: {ablat: 30, year: 1970}}
s <- b
m <- uni(s, ~ I(ablat - mean(b$ablat)) + I(year - mean(b$year)) + I((alloc == "random") - mean(b$alloc == "random")) +
           I((alloc == "systematic") - mean(b$alloc == "systematic")))
m0 <- uni(s, ~ ablat + year + alloc)   # uncentred: the same fit, simpler contrasts
L <- rbind(alternate = c(1, 30, 1970, 0, 0), random = c(1, 30, 1970, 1, 0), systematic = c(1, 30, 1970, 0, 1))
out$b2 <- c(list(k = m$k), coefs(m, s$trial), list(mm = means(m0, s$trial, L)))

writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "centring.json")

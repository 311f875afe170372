# Additional reference values for org.metareport.models.multilevel (supplements the shared fixtures, which stay
# the primary truth). Run from this folder:
#
#   cd src/test/resources/golden/local && Rscript multilevel_extras.R
#
# Writes four_level.csv, boundary.csv and multilevel_extras.json. Every block records its R call in `call`.
# rma.mv fits use nlminb with rel.tol 1e-10 (as the shared fixtures) and are then polished by tight() (below; the
# block's `control` says what was done): nlminb may stop up to 5e-11 short of the maximum log-likelihood, which moves
# sigma2 by up to ~1e-6, and tighter rel.tol makes it fail. Boundary components come out as ~1e-10 rather than 0.
suppressPackageStartupMessages({
  library(metafor); library(clubSandwich); library(robumeta)
})
options(warn = 1)
ctrl <- list(rel.tol = 1e-10)
tight <- function(f) {
  # nlminb (rel.tol 1e-10) can stop a little short of the optimum, and tighter rel.tol makes it fail. So, unless a
  # component is on the boundary: two Newton steps on metafor's own log-likelihood with sigma2 fixed (numDeriv
  # gradient and Hessian), then nlminb again from there (sigma2.init), which keeps the point.
  if (min(f$sigma2) < 1e-6 * max(f$sigma2)) {
    attr(f, "control") <- "nlminb rel.tol 1e-10 (a component on the boundary: no polishing)"
    return(f)
  }
  ll <- function(s) if (any(s <= 0)) -Inf else as.numeric(logLik(update(f, sigma2 = s)))
  s <- f$sigma2
  ok <- tryCatch({ for (it in 1:2) s <- s - solve(numDeriv::hessian(ll, s), numDeriv::grad(ll, s)); TRUE },
                 error = function(e) FALSE)
  if (!ok || any(s <= 0)) {
    attr(f, "control") <- "nlminb rel.tol 1e-10 (Hessian singular: no polishing)"
    return(f)
  }
  f2 <- update(f, control = list(rel.tol = 1e-10, sigma2.init = s))
  attr(f2, "control") <- "nlminb rel.tol 1e-10, 2 Newton steps on logLik (numDeriv), nlminb again from there"
  f2
}

# ---- a JSON writer whose numbers are the shortest decimals that parse back to R's doubles --------------------
num <- function(x) {
  if (is.na(x) || !is.finite(x)) return("null")
  for (d in 15:17) { s <- formatC(x, digits = d, format = "g"); if (as.numeric(s) == x) break }
  gsub(" ", "", s)
}
js <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      items <- mapply(function(k, v) paste0("\"", k, "\": ", js(v)), names(x), x)
      return(paste0("{", paste(items, collapse = ", "), "}"))
    }
    return(paste0("[", paste(sapply(x, js), collapse = ", "), "]"))
  }
  if (is.matrix(x)) return(js(lapply(seq_len(nrow(x)), function(i) unname(x[i, ]))))
  if (is.character(x) || is.factor(x)) {
    v <- paste0("\"", gsub("\"", "\\\\\"", as.character(x)), "\"")
  } else if (is.logical(x)) {
    v <- ifelse(x, "true", "false")
  } else {
    v <- sapply(as.numeric(x), num)
  }
  if (!is.null(names(x))) return(paste0("{", paste(paste0("\"", names(x), "\": ", v), collapse = ", "), "}"))
  if (length(x) == 1) v else paste0("[", paste(v, collapse = ", "), "]")
}
named <- function(v, nm) { v <- as.numeric(v); names(v) <- nm; as.list(v) }

versions <- list(R = R.version.string, metafor = as.character(packageVersion("metafor")),
                 clubSandwich = as.character(packageVersion("clubSandwich")),
                 robumeta = as.character(packageVersion("robumeta")))

mv_block <- function(fit, call) {
  nm <- rownames(fit$beta)
  out <- list(call = call, control = attr(fit, "control"), method = fit$method, test = fit$test, k = fit$k, p = fit$p, coef_names = nm,
              b = named(fit$beta, nm), se = named(fit$se, nm), stat = named(fit$zval, nm),
              pval = named(fit$pval, nm), ci.lb = named(fit$ci.lb, nm), ci.ub = named(fit$ci.ub, nm),
              vb = unname(fit$vb), sigma2 = fit$sigma2, s.names = unname(fit$s.names), s.nlevels = unname(fit$s.nlevels),
              QE = fit$QE, QEp = fit$QEp, QM = fit$QM, QMdf = fit$QMdf, QMp = fit$QMp, logLik = as.numeric(logLik(fit)),
              fit.stats = list(ML = as.list(fit$fit.stats[, "ML"]), REML = as.list(fit$fit.stats[, "REML"])))
  names(out$fit.stats$ML) <- names(out$fit.stats$REML) <- rownames(fit$fit.stats)
  if (fit$test == "t") out$df <- named(fit$ddf, nm)
  out
}
ml_i2 <- function(fit) {
  W <- solve(fit$V); X <- model.matrix(fit)
  P <- W - W %*% X %*% solve(t(X) %*% W %*% X) %*% t(X) %*% W
  tv <- (fit$k - fit$p) / sum(diag(P))
  list(I2_total = 100 * sum(fit$sigma2) / (sum(fit$sigma2) + tv), I2_by_level = 100 * fit$sigma2 / (sum(fit$sigma2) + tv),
       typical_sampling_variance = tv)
}
cr_block <- function(fit, cluster, type, call) {
  ct <- coef_test(fit, cluster = cluster, vcov = type)
  vc <- vcovCR(fit, cluster = cluster, type = type)
  ci <- conf_int(fit, cluster = cluster, vcov = type)
  nm <- rownames(ct)
  list(call = call, coef_names = nm, beta = named(ct$beta, nm), SE = named(ct$SE, nm), tstat = named(ct$tstat, nm),
       df_Satt = named(ct$df_Satt, nm), p_Satt = named(ct$p_Satt, nm), CI_L = named(ci$CI_L, nm),
       CI_U = named(ci$CI_U, nm), vcov = unname(as.matrix(vc)))
}
wald_block <- function(fit, cluster, idx, call) {
  w <- Wald_test(fit, constraints = constrain_zero(idx), vcov = "CR2", cluster = cluster, test = "HTZ")
  list(call = call, constraints = idx, Fstat = w$Fstat, delta = w$delta, df_num = w$df_num, df_denom = w$df_denom,
       p_val = w$p_val)
}
robust_block <- function(fit, cluster, call) {
  r <- robust(fit, cluster = cluster)
  nm <- rownames(r$beta)
  list(call = call, coef_names = nm, b = named(r$beta, nm), se = named(r$se, nm), tval = named(r$zval, nm),
       df = r$dfs, pval = named(r$pval, nm), ci.lb = named(r$ci.lb, nm), ci.ub = named(r$ci.ub, nm),
       vb = unname(r$vb), QM = r$QM, QMdf = r$QMdf, QMp = r$QMp, n_clusters = r$n)
}
robu_block <- function(r, call) {
  nm <- as.character(r$reg_table$labels)
  out <- list(call = call, labels = nm, b = named(r$reg_table$b.r, nm), SE = named(r$reg_table$SE, nm),
              t = named(r$reg_table$t, nm), dfs = named(r$reg_table$dfs, nm), p = named(r$reg_table$prob, nm),
              CI.L = named(r$reg_table$CI.L, nm), CI.U = named(r$reg_table$CI.U, nm), tau.sq = as.numeric(r$mod_info$tau.sq))
  if (!is.null(r$mod_info$omega.sq)) out$omega.sq <- as.numeric(r$mod_info$omega.sq)
  if (!is.null(r$mod_info$I.2)) out$I.2 <- as.numeric(r$mod_info$I.2)
  out
}

res <- list(versions = versions)

# ---- 1. four nested levels (synthetic, seeded) --------------------------------------------------------------
set.seed(20261122)
rows <- list()
for (region in 1:7) for (district in seq_len(sample(1:3, 1))) for (school in seq_len(sample(1:3, 1))) {
  n <- sample(1:3, 1)
  rows[[length(rows) + 1]] <- data.frame(region = region, district = district, school = school, es = seq_len(n))
}
d4 <- do.call(rbind, rows)
k4 <- nrow(d4)
reg <- rnorm(7, 0, 0.3); dis <- rnorm(k4, 0, 0.2); sch <- rnorm(k4, 0, 0.15)
d4$x <- round(rnorm(k4), 3)
d4$vi <- round(runif(k4, 0.01, 0.08), 5)
dkey <- paste(d4$region, d4$district); skey <- paste(dkey, d4$school)
d4$yi <- round(0.25 + 0.1 * d4$x + reg[d4$region] + dis[as.integer(factor(dkey))] + sch[as.integer(factor(skey))] +
               rnorm(k4, 0, 0.25) + rnorm(k4, 0, sqrt(d4$vi)), 4)
write.csv(d4, "four_level.csv", row.names = FALSE)
f <- tight(rma.mv(yi, vi, mods = ~ x, random = ~ 1 | region/district/school/es, data = d4, method = "REML", control = ctrl))
res$four_level_REML <- mv_block(f, "rma.mv(yi, vi, mods = ~ x, random = ~ 1 | region/district/school/es, data = four_level.csv, method = 'REML')")
res$four_level_REML$multilevel_I2 <- ml_i2(f)
res$four_level_REML$coef_test_CR2 <- cr_block(f, d4$region, "CR2", "coef_test(fit, cluster = region, vcov = 'CR2')")
f <- tight(rma.mv(yi, vi, mods = ~ x, random = ~ 1 | region/district/school/es, data = d4, method = "ML", test = "t", control = ctrl))
res$four_level_ML_t <- mv_block(f, "rma.mv(yi, vi, mods = ~ x, random = ~ 1 | region/district/school/es, data = four_level.csv, method = 'ML', test = 't')")
res$four_level_ML_t$multilevel_I2 <- ml_i2(f)
res$four_level_ML_t$predict <- as.list(as.data.frame(predict(f, newmods = 0.5)))
res$four_level_ML_t$predict$call <- "predict(fit, newmods = 0.5)"

# ---- 2. boundary: a variance component at 0 (nlminb stops near 1e-10) ---------------------------------------
bnd <- function(seed) {
  set.seed(seed)
  ns <- 15; n <- sample(1:4, ns, replace = TRUE)
  study <- rep(seq_len(ns), n); es <- seq_along(study)
  vi <- runif(length(study), 0.02, 0.15)
  yi <- 0.3 + rnorm(length(study), 0, 0.25) + rnorm(length(study), 0, sqrt(vi))
  data.frame(seed = seed, study = study, es = es, yi = yi, vi = vi)
}
db <- rbind(bnd(1), bnd(17))
write.csv(db, "boundary.csv", row.names = FALSE)
for (seed in c(1, 17)) {
  ds <- db[db$seed == seed, ]
  f <- tight(rma.mv(yi, vi, random = ~ 1 | study/es, data = ds, method = "REML", control = ctrl))
  b <- mv_block(f, sprintf("rma.mv(yi, vi, random = ~ 1 | study/es, data = subset(boundary.csv, seed == %d), method = 'REML')", seed))
  b$coef_test_CR2 <- cr_block(f, ds$study, "CR2", "coef_test(fit, cluster = study, vcov = 'CR2')")
  res[[paste0("boundary_seed", seed)]] <- b
}

# ---- 3. school-based: univariate model clustered by study (several effects per cluster) ----------------------
dat <- read.csv("../school-based/analysis.csv")
dat$Teacher.c <- dat$Teacher - mean(dat$Teacher); dat$CBT.c <- dat$CBT - mean(dat$CBT)
u <- rma(yi, vi, data = dat, method = "REML", control = list(threshold = 1e-13))
res$school_univariate <- list(call = "rma(yi, vi, data = analysis.csv, method = 'REML')", tau2 = u$tau2, b = as.numeric(u$beta))
for (type in c("CR0", "CR1", "CR1p", "CR2")) {
  res$school_univariate[[paste0("coef_test_", type)]] <- cr_block(u, dat$study, type, sprintf("coef_test(fit, cluster = study, vcov = '%s')", type))
}
res$school_univariate$robust <- robust_block(u, dat$study, "robust(fit, cluster = study)")
um <- rma(yi, vi, mods = ~ Construct + Teacher.c + CBT.c, data = dat, method = "REML", control = list(threshold = 1e-13))
res$school_univariate_mods <- list(call = "rma(yi, vi, mods = ~ Construct + Teacher.c + CBT.c, data = analysis.csv, method = 'REML') (Teacher.c, CBT.c centred over the 79 rows)",
  tau2 = um$tau2, b = named(um$beta, rownames(um$beta)),
  coef_test_CR2 = cr_block(um, dat$study, "CR2", "coef_test(fit, cluster = study, vcov = 'CR2')"),
  wald_HTZ_2_4 = wald_block(um, dat$study, 2:4, "Wald_test(fit, constraints = constrain_zero(2:4), vcov = 'CR2', cluster = study, test = 'HTZ')"),
  wald_HTZ_3_4 = wald_block(um, dat$study, 3:4, "Wald_test(fit, constraints = constrain_zero(3:4), vcov = 'CR2', cluster = study, test = 'HTZ')"),
  robust = robust_block(um, dat$study, "robust(fit, cluster = study)"))

# ---- 4. school-based multilevel: Wald tests with several constraints, metafor robust() -------------------------
V <- impute_covariance_matrix(dat$vi, cluster = dat$study, r = 0.8)
mm <- tight(rma.mv(yi, V, mods = ~ Construct + Teacher.c + CBT.c, random = ~ 1 | study/es_id, data = dat, test = "t", control = ctrl))
res$school_multilevel_mods <- mv_block(mm, "rma.mv(yi, impute_covariance_matrix(vi, study, r = 0.8), mods = ~ Construct + Teacher.c + CBT.c, random = ~ 1 | study/es_id, test = 't', data = analysis.csv)")
res$school_multilevel_mods$coef_test_CR2 <- cr_block(mm, dat$study, "CR2", "coef_test(fit, cluster = study, vcov = 'CR2')")
res$school_multilevel_mods$coef_test_CR1 <- cr_block(mm, dat$study, "CR1", "coef_test(fit, cluster = study, vcov = 'CR1')")
res$school_multilevel_mods$wald_HTZ_2_4 <- wald_block(mm, dat$study, 2:4, "Wald_test(fit, constraints = constrain_zero(2:4), vcov = 'CR2', cluster = study, test = 'HTZ')")
res$school_multilevel_mods$wald_HTZ_3_4 <- wald_block(mm, dat$study, 3:4, "Wald_test(fit, constraints = constrain_zero(3:4), vcov = 'CR2', cluster = study, test = 'HTZ')")
res$school_multilevel_mods$robust <- robust_block(mm, dat$study, "robust(fit, cluster = study)")
mn <- tight(rma.mv(yi, V, random = ~ 1 | study/es_id, data = dat, test = "t", control = ctrl))
res$school_multilevel_null_robust <- robust_block(mn, dat$study, "robust(rma.mv(yi, V(r = .8), random = ~ 1 | study/es_id, test = 't'), cluster = study)")

# ---- 5. konstantopoulos2011: clusters coarser than the outer random level (groups of districts) --------------------------------------
dk <- dat.konstantopoulos2011
dk$pair <- (as.integer(factor(dk$district)) - 1) %/% 3
fk <- tight(rma.mv(yi, vi, random = ~ 1 | district/school, data = dk, control = ctrl))
res$konstantopoulos_coarse_clusters <- list(call = "rma.mv(yi, vi, random = ~ 1 | district/school, data = dat.konstantopoulos2011); pair = (as.integer(factor(district)) - 1) %/% 3, four groups of up to three districts",
  pair_of_district = as.list(setNames(dk$pair[!duplicated(dk$district)], dk$district[!duplicated(dk$district)])),
  coef_test_CR2 = cr_block(fk, dk$pair, "CR2", "coef_test(fit, cluster = pair, vcov = 'CR2')"))

# ---- 6. robumeta with moderators, and small = FALSE ------------------------------------------------------------
rc <- robu(yi ~ Construct + Teacher, data = dat, studynum = study_id, var.eff.size = vi, modelweights = "CORR", rho = 0.8, small = TRUE)
res$robu_CORR_mods <- robu_block(rc, "robu(yi ~ Construct + Teacher, data = analysis.csv, studynum = study_id, var.eff.size = vi, modelweights = 'CORR', rho = 0.8, small = TRUE)")
rh <- robu(yi ~ Construct + Teacher, data = dat, studynum = study_id, var.eff.size = vi, modelweights = "HIER", small = TRUE)
res$robu_HIER_mods <- robu_block(rh, "robu(yi ~ Construct + Teacher, data = analysis.csv, studynum = study_id, var.eff.size = vi, modelweights = 'HIER', small = TRUE)")
rl <- robu(yi ~ Construct + Teacher, data = dat, studynum = study_id, var.eff.size = vi, modelweights = "CORR", rho = 0.5, small = FALSE)
res$robu_CORR_large <- robu_block(rl, "robu(yi ~ Construct + Teacher, data = analysis.csv, studynum = study_id, var.eff.size = vi, modelweights = 'CORR', rho = 0.5, small = FALSE)")

# ---- 7. one effect per study: the two levels are confounded ----------------------------------------------------
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
f1 <- tight(rma.mv(yi, vi, random = ~ 1 | trial/author, data = bcg, control = ctrl))
u1 <- rma(yi, vi, data = bcg, control = list(threshold = 1e-13))
res$one_effect_per_cluster <- list(call = "rma.mv(yi, vi, random = ~ 1 | trial/author, data = escalc('RR', dat.bcg)) vs rma(yi, vi)",
  rma.mv = mv_block(f1, "rma.mv(yi, vi, random = ~ 1 | trial/author)"),
  rma.uni = list(tau2 = u1$tau2, b = as.numeric(u1$beta), se = u1$se, logLik = as.numeric(logLik(u1))))

# ---- 8. model.matrix column order of the school-based formulas (to build x in Java) ---------------------------
for (v in c("CBT", "Smallsample", "Longduration", "Teacher", "Universal", "Depression", "Anxiety",
            "DepressionAndAnxiety", "Elementary", "WaitlistorBAU", "Short_duration", "Medium_duration", "Small_sample",
            "Medium_sample")) dat[[paste0(v, ".c")]] <- dat[[v]] - mean(dat[[v]])
terms <- c("Longduration.c", "Smallsample.c", "Universal.c", "Depression.c", "Anxiety.c", "DepressionAndAnxiety.c",
           "Teacher.c", "CBT.c", "Elementary.c")
interact <- c("Teacher.c*CBT.c", "Universal.c*Teacher.c", "Teacher.c*Elementary.c", "Teacher.c*Depression.c*Anxiety.c",
              "CBT.c*Depression.c*Anxiety.c")
t1 <- c("Universal.c", "Depression.c", "Anxiety.c", "DepressionAndAnxiety.c", "Teacher.c", "CBT.c", "Elementary.c",
        "WaitlistorBAU.c", "Duration.weeks", "Sample")
t2 <- c("Universal.c", "Depression.c", "Anxiety.c", "DepressionAndAnxiety.c", "Teacher.c", "CBT.c", "Elementary.c",
        "WaitlistorBAU.c", "Short_duration.c", "Medium_duration.c", "Small_sample.c", "Medium_sample.c")
res$design_columns <- list(
  main_meta_regression = colnames(model.matrix(reformulate(c(terms, interact)), dat)),
  s_1 = colnames(model.matrix(reformulate(c(t1, interact)), dat)),
  s_2 = colnames(model.matrix(reformulate(c(t2, interact)), dat)),
  marginal_means = colnames(model.matrix(reformulate(c("Teacher.f", terms, interact, "-1")),
                                         transform(dat, Teacher.f = factor(ifelse(Teacher == 1, "Teacher", "Not Teacher"))))))

# ---- 9. s_1 with clubSandwich's (X'WX)^-1 by Cholesky instead of eigendecomposition ---------------------------
# clubSandwich's vcov_CR inverts sum(X'WX) with matrix_power(., -1) (eigendecomposition). In the authors' sensitivity
# model s_1 the uncentred Sample column makes cond(X'WX) about 1.2e8, and the cluster 'Miller et al. Targeted (2011)'
# (one effect, leverage 1) then gets G = 7.6e-10 instead of 0, above clubSandwich's 1e-12 cut, which moves four
# Satterthwaite df by up to 1.3e-5 (relative). With the inverse by Cholesky, G is ~1e-16 and is cut, as in exact
# arithmetic. This block is that diagnostic: the same coef_test with matrix_power(x, -1) replaced by chol2inv(chol(x)).
f_s1 <- reformulate(c(t1, interact))
fs1 <- rma.mv(yi, V, mods = f_s1, random = ~ 1 | study/es_id, data = dat, test = "t", method = "REML",
              sigma2 = c(0.04102488212226867, 0.3031428875286874))
mp <- clubSandwich:::matrix_power
assignInNamespace("matrix_power", function(x, p, symmetric = TRUE, tol = -12)
  if (p == -1) chol2inv(chol(x)) else mp(x, p, symmetric, tol), "clubSandwich")
res$s_1_CR2_cholesky_inverse <- cr_block(fs1, dat$study, "CR2",
  "coef_test(rma.mv(yi, V(r = .8), mods = formula_s_1, random = ~ 1 | study/es_id, test = 't', sigma2 = <reference.json s_1 sigma2>), cluster = study, vcov = 'CR2') with clubSandwich:::matrix_power(x, -1) replaced by chol2inv(chol(x))")
assignInNamespace("matrix_power", mp, "clubSandwich")

# ---- 10. units: clubSandwich's CR2 for rma.mv depends on the units of yi ----------------------------------------
# matrix_power() cuts eigenvalues at 1e-12 whatever their units; rma.uni weights are first divided by their mean, rma.mv
# weights are not. With yi / 1000 (and V / 1e6) the adjustment matrices of the null model are cut to 0 and the CR2 SE
# (divided by 1000) and df change. The Java code scales the cut by the mean weight for rma.mv too (unit-free results).
units <- list()
for (c in c(1, 1e-3)) {
  Vc <- impute_covariance_matrix(dat$vi * c^2, cluster = dat$study, r = 0.8)
  fc <- rma.mv(dat$yi * c, Vc, random = ~ 1 | study/es_id, data = dat, test = "t", control = ctrl)
  ct <- coef_test(fc, cluster = dat$study, vcov = "CR2")
  units[[paste0("c_", c)]] <- list(sigma2 = fc$sigma2, SE = ct$SE, df_Satt = ct$df_Satt)
}
res$clubsandwich_units <- c(list(call = "coef_test(rma.mv(yi * c, impute_covariance_matrix(vi * c^2, study, r = .8), random = ~ 1 | study/es_id, test = 't'), cluster = study, vcov = 'CR2') for c = 1 and 1e-3"), units)

# ---- 11. V clustered more coarsely than the outer random level -------------------------------------------------
# Sampling errors correlated (r = .5) within pairs of consecutive studies, random effects by study/es_id: the blocks of
# the marginal covariance are the pairs.
dat$pair <- (dat$study_id - 1) %/% 2
Vp <- impute_covariance_matrix(dat$vi, cluster = dat$pair, r = 0.5)
fp <- tight(rma.mv(yi, Vp, random = ~ 1 | study/es_id, data = dat, test = "t", control = ctrl))
res$v_clusters_coarser <- mv_block(fp, "rma.mv(yi, impute_covariance_matrix(vi, cluster = (study_id - 1) %/% 2, r = 0.5), random = ~ 1 | study/es_id, test = 't', data = analysis.csv)")
res$v_clusters_coarser$coef_test_CR2 <- cr_block(fp, dat$pair, "CR2", "coef_test(fit, cluster = (study_id - 1) %/% 2, vcov = 'CR2')")

writeLines(js(res), "multilevel_extras.json")
cat("wrote multilevel_extras.json\n")

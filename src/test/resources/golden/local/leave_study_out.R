# Leave-one-study-out of the school-based null three-level model (rho = 0.8, REML, t test) with CR2 on the rest.
# Run from this folder: Rscript leave_study_out.R  (R 4.2.2, metafor 3.8-1, clubSandwich 0.5.8, jsonlite)
library(metafor); library(clubSandwich); library(jsonlite)
dat <- read.csv("../school-based/analysis.csv", stringsAsFactors = FALSE)
studies <- unique(dat$study)
out <- lapply(studies, function(s) {
  d <- dat[dat$study != s, ]
  V <- impute_covariance_matrix(d$vi, cluster = d$study, r = 0.8)
  fit <- rma.mv(yi, V, random = ~ 1 | study/es_id, data = d, test = "t", method = "REML",
                control = list(rel.tol = 1e-10))
  ct <- coef_test(fit, cluster = d$study, vcov = "CR2")
  list(study = s, k = fit$k, b = unname(fit$b[1]), se = unname(fit$se), sigma2 = fit$sigma2,
       cr2_se = ct$SE[1], cr2_df = ct$df_Satt[1])
})
writeLines(toJSON(list(call = "rma.mv(yi, impute_covariance_matrix(vi, study, r = .8), random = ~1|study/es_id, test = 't') without each study; coef_test(CR2)",
                       rows = out), auto_unbox = TRUE, digits = NA), "leave_study_out.json")

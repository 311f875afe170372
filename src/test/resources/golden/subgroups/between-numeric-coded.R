# The test between subgroups when the subgroup column is coded as numbers (GradeLevel 1/2/3, Depression 0/1):
# R users write factor(); the HTZ Wald test of clubSandwich on the three-level model with CR2.
# Run from this folder: Rscript between-numeric-coded.R  (writes between-numeric-coded.json)
suppressPackageStartupMessages({ library(metafor); library(clubSandwich); library(jsonlite) })
d <- read.csv("analysis.csv")
V <- impute_covariance_matrix(d$vi, cluster = d$study, r = 0.8)
out <- list(metafor = as.character(packageVersion("metafor")),
            clubSandwich = as.character(packageVersion("clubSandwich")))
for (col in c("GradeLevel", "Depression")) {
  d$g <- factor(d[[col]])
  m <- rma.mv(yi, V, mods = ~ g, random = ~ 1 | study/es_id, data = d, test = "t")
  q <- length(levels(d$g)) - 1
  w <- Wald_test(m, constraints = constrain_zero(2:(q + 1)), vcov = "CR2", cluster = d$study, test = "HTZ")
  out[[col]] <- list(F = w$Fstat, df1 = w$df_num, df2 = w$df_denom, p = w$p_val,
                     model_F = m$QM, model_df1 = m$QMdf[1], model_df2 = m$QMdf[2], model_p = m$QMp)
}
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = TRUE), "between-numeric-coded.json")

# Reference yi/vi for the synthetic pipelines a, b, c, d, e (PipelinesGoldenTest): metafor's escalc for g, then the
# school-based authors' pipeline written out in R: source order, text as NA, cluster adjustment variants.
# Run from this folder: Rscript pipelines.R  (writes pipelines.json)
library(metafor); library(jsonlite)
g <- function(m1, sd1, n1, m2, sd2, n2) escalc("SMD", m1i=m1, sd1i=sd1, n1i=n1, m2i=m2, sd2i=sd2, n2i=n2)$yi
lw <- function(y, n1, n2) (n1 + n2) / (n1 * n2) + y^2 / (2 * (n1 + n2))      # Lipsey & Wilson eq. 3.23
cluster <- function(y, n1, n2, N, m1, m2, icc, published) {
  s1 <- if (published) n1 / m1 else round(n1 / m1); s2 <- if (published) n2 / m2 else round(n2 / m2)
  nU1 <- (n1^2 - m1 * s1^2) / (n1 * (m1 - 1)); nU2 <- (n2^2 - m2 * s2^2) / (n2 * (m2 - 1))
  if (published) { nU1 <- s1; nU2 <- s2 }
  yc <- y * sqrt(1 - icc * ((N - nU1 * m1 - nU2 * m2) + nU1 + nU2 - 2) / (N - 2))   # Hedges (2007), g_T
  nt <- n2 * m1 * s1^2 / (n1 * N) + n1 * m2 * s2^2 / (n2 * N)
  A <- (n1^2 * m1 * s1^2 + (m1 * s1^2)^2 - 2 * n1 * m1 * s1^3) / n1^2 + (n2^2 * m2 * s2^2 + (m2 * s2^2)^2 - 2 * n2 * m2 * s2^3) / n2^2
  B <- nU1 * (m1 - 1) + nU2 * (m2 - 1)
  cross <- if (published) 2 * B * icc * (1 - icc) else 2 * icc * (1 - icc)
  v <- N / (n1 * n2) * (1 + (nt - 1) * icc) + ((N - 2) * (1 - icc)^2 + A * icc^2 + cross) * yc^2 /
       (2 * (N - 2) * ((N - 2) - icc * (N - 2 - B)))
  c(yc, v)
}
run <- function(file, na, sources, icc, published, total, lwvar, precomputed = FALSE) {
  d <- read.csv(file, na.strings = c("", "NA", na), stringsAsFactors = FALSE)
  rep <- suppressWarnings(as.numeric(d$rep))                      # coder's notes become NA, as R reads them
  post <- g(d$m1, d$sd1, d$n1, d$m2, d$sd2, d$n2)
  pre <- g(d$pm1, d$psd1, d$n1, d$pm2, d$psd2, d$n2)
  out <- list()
  for (i in seq_len(nrow(d))) {
    cand <- list(reported = rep[i], pre_post = post[i] - pre[i], post = post[i])
    if (precomputed) cand$yi_vi <- d$hr_log[i]     # d: an estimate with its SE, taken as given (vi = sei^2)
    src <- Filter(function(s) !is.na(cand[[s]]), sources)
    if (length(src) == 0) next
    s <- src[1]; y <- cand[[s]]; v <- lw(y, d$n1[i], d$n2[i])
    if (s == "post") v <- escalc("SMD", m1i=d$m1[i], sd1i=d$sd1[i], n1i=d$n1[i], m2i=d$m2[i], sd2i=d$sd2[i], n2i=d$n2[i])$vi
    if (s == "yi_vi") v <- d$hr_se[i]^2
    if (d$clustered[i] == 1 && s != "yi_vi") {
      N <- if (total) d$total[i] else d$n1[i] + d$n2[i]
      r <- if (is.character(icc)) d[[icc]][i] else icc
      cv <- cluster(y, d$n1[i], d$n2[i], N, d$k1[i], d$k2[i], r, published)
      y <- cv[1]; v <- if (lwvar) lw(y, d$n1[i], d$n2[i]) else cv[2]
    }
    out[[length(out) + 1]] <- list(study = d$study[i], source = s, yi = y, vi = v)
  }
  out
}
res <- list(
  a = run("a.csv", ".", c("pre_post", "reported", "post"), 0.2, FALSE, TRUE, FALSE),
  b = run("b.csv", "-", c("reported", "pre_post", "post"), "icc", TRUE, FALSE, FALSE),
  c = run("c.csv", "n/a", c("reported", "post"), 0.1, FALSE, FALSE, TRUE),
  d = run("d.csv", ".", c("reported", "pre_post", "post", "yi_vi"), 0.2, FALSE, FALSE, FALSE, precomputed = TRUE))
# e: effect.alternative (change scores, the same measure SMD) where the post-test columns are missing; post first
e <- read.csv("e.csv", na.strings = c("", "NA", "."), stringsAsFactors = FALSE)
ep <- escalc("SMD", m1i=m1, sd1i=sd1, n1i=n1, m2i=m2, sd2i=sd2, n2i=n2, data=e)
ea <- escalc("SMD", m1i=cm1, sd1i=csd1, n1i=cn1, m2i=cm2, sd2i=csd2, n2i=cn2, data=e)
res$e <- list()
for (i in seq_len(nrow(e))) {
  s <- if (!is.na(ep$yi[i])) "post" else if (!is.na(ea$yi[i])) "alternative" else next
  x <- if (s == "post") ep else ea
  res$e[[length(res$e) + 1]] <- list(study = e$study[i], source = s, yi = as.numeric(x$yi[i]), vi = as.numeric(x$vi[i]))
}
writeLines(toJSON(res, auto_unbox = TRUE, digits = NA, pretty = TRUE), "pipelines.json")

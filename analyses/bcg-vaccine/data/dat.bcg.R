# Writes dat.bcg.csv from metadat's dat.bcg (Colditz et al., 1994: 13 trials of the BCG vaccine against
# tuberculosis), keeping the 2x2 counts so that metareport computes the log risk ratios itself.
# Run from this folder:  Rscript dat.bcg.R
suppressPackageStartupMessages(library(metadat))
d <- dat.bcg
d$study <- paste0(d$author, ", ", d$year)
write.csv(d[, c("trial", "study", "author", "year", "tpos", "tneg", "cpos", "cneg", "ablat", "alloc")],
          "dat.bcg.csv", row.names = FALSE, fileEncoding = "UTF-8")

# Golden fixtures for Dyad's outcome statistics (protocol section 8), computed by R itself.
#
# Regenerate from the repository root with:
#   Rscript scripts/r/golden-stats.R
# It writes test/fixtures/r-stats.json. Use R 4.2 to 4.5 (Debian's r-base-core): R 4.6
# changed wilcox.test for ties and zeros, which the protocol does not use.
# Base R only: the JSON is written by hand with sprintf("%.17g") so every double round-trips.

set.seed(20240601)

# ---- JSON writing -----------------------------------------------------------------------
json_number <- function(x) {
  if (is.null(x) || length(x) == 0 || is.na(x) || !is.finite(x)) "null" else sprintf("%.17g", x)
}
json_string <- function(s) paste0('"', gsub('"', '\\"', s, fixed = TRUE), '"')
json_array <- function(x) paste0("[", paste(vapply(x, json_number, ""), collapse = ","), "]")
json_object <- function(fields) {
  paste0("{", paste(paste0(json_string(names(fields)), ":", unlist(fields)), collapse = ","), "}")
}

# ---- the statistics, as R computes them ---------------------------------------------------
wilcoxon_p <- function(baseline, end) {
  d <- end - baseline
  if (!any(d != 0)) return(NA_real_)
  suppressWarnings(wilcox.test(end, baseline, paired = TRUE)$p.value)
}

wilcoxon_method <- function(baseline, end) {
  d <- end - baseline
  if (!any(d != 0)) return("none")
  m <- suppressWarnings(wilcox.test(end, baseline, paired = TRUE)$method)
  if (grepl("exact", m)) "exact" else "normal"
}

rank_biserial <- function(d) {
  d <- d[d != 0]
  if (length(d) == 0) return(NA_real_)
  r <- rank(abs(d))
  (sum(r[d > 0]) - sum(r[d < 0])) / sum(r)
}

paired_case <- function(name, baseline, end) {
  stopifnot(length(baseline) == length(end))
  d <- end - baseline
  n <- length(d)
  m <- if (n > 0) mean(d) else NA_real_
  s <- if (n > 1) sd(d) else NA_real_
  half <- if (n > 1) qt(0.975, n - 1) * s / sqrt(n) else NA_real_
  ci <- if (n > 1) json_array(c(m - half, m + half)) else "null"
  json_object(list(
    name = json_string(name),
    baseline = json_array(baseline),
    end = json_array(end),
    n = json_number(n),
    baselineMean = json_number(if (n > 0) mean(baseline) else NA),
    endMean = json_number(if (n > 0) mean(end) else NA),
    meanChange = json_number(m),
    sdChange = json_number(s),
    ci95 = ci,
    improvedShare = json_number(if (n > 0) mean(d > 0) else NA),
    rankBiserial = json_number(rank_biserial(d)),
    wilcoxonP = json_number(wilcoxon_p(baseline, end)),
    method = json_string(wilcoxon_method(baseline, end))
  ))
}

likert <- function(n) sample(1:10, n, replace = TRUE)
clamp <- function(x) pmin(pmax(x, 1), 10)

# Baseline and end with `n_pos` positive, `n_neg` negative, `n_zero` zero differences whose
# absolute values are all distinct (so the exact distribution applies when n_zero = 0).
distinct_diffs <- function(n_pos, n_neg, n_zero) {
  magnitudes <- sample(seq_len(n_pos + n_neg)) * 0.5
  signs <- c(rep(1, n_pos), rep(-1, n_neg))
  d <- c(magnitudes * signs, rep(0, n_zero))
  d <- d[sample(length(d))]
  baseline <- round(runif(length(d), 1, 10), 1)
  list(baseline = baseline, end = baseline + d)
}

cases <- list()
add <- function(name, baseline, end) {
  cases[[length(cases) + 1]] <<- paired_case(name, baseline, end)
}

add("no pairs", numeric(0), numeric(0))
add("one pair, no change", 5, 5)
add("one pair, improved", 4, 7)
add("one pair, worse", 8, 3)
add("two pairs, both improved", c(3, 5), c(6, 7))
add("two pairs, one zero", c(3, 5), c(6, 5))
add("two pairs, tied", c(3, 5), c(5, 7))
add("all differences zero", c(4, 6, 8, 2, 5), c(4, 6, 8, 2, 5))
add("small, tied magnitudes", c(2, 3, 5, 4, 6, 1), c(3, 6, 4, 8, 11, 7))
add("small exact, distinct", c(2, 3, 5, 4, 6, 1), c(3, 1, 9, 7, 12, 9))
add("ties only", c(5, 5, 5, 5, 5, 5, 5), c(6, 6, 7, 7, 4, 8, 9))
add("zeros only", c(1, 2, 3, 4, 5, 6), c(1, 3, 3, 6, 8, 2))
add("all improved exact n=10", 1:10, 1:10 + (1:10) * 0.5)
add("all worse exact n=10", 1:10 + (1:10) * 0.5, 1:10)
add("V at the middle, n=3", c(0, 0, 0), c(1, 2, -3))
add("V at the middle, n=4", c(0, 0, 0, 0), c(1, -2, -3, 4))

for (k in c(49, 50, 51)) {
  dd <- distinct_diffs(round(k * 0.65), k - round(k * 0.65), 0)
  add(sprintf("%d non-zero distinct differences", k), dd$baseline, dd$end)
  dd <- distinct_diffs(round(k * 0.65), k - round(k * 0.65), 2)
  add(sprintf("%d non-zero distinct differences plus zeros", k), dd$baseline, dd$end)
  b <- likert(k)
  e <- clamp(b + sample(c(-2, -1, 1, 2, 3), k, replace = TRUE))
  add(sprintf("%d non-zero tied differences", k), b, e)
}
dd <- distinct_diffs(49, 0, 0)
add("49 all improved, exact tail", dd$baseline, dd$end)
dd <- distinct_diffs(0, 45, 0)
add("45 all worse, exact tail", dd$baseline, dd$end)
dd <- distinct_diffs(40, 2, 0)
add("42 nearly all improved, exact", dd$baseline, dd$end)

for (k in c(60, 120, 300)) {
  b <- likert(k)
  add(sprintf("%d pairs, Likert, modest change", k), b, clamp(b + sample(-2:3, k, replace = TRUE)))
}
b <- rnorm(200, 50, 10)
add("200 pairs, large shift", b, b + rnorm(200, 8, 2))
b <- rnorm(80, 50, 10)
add("80 pairs, huge shift", b, b + 100 + runif(80))
b <- rnorm(500, 0, 1)
add("500 pairs, downward shift", b, b - abs(rnorm(500, 1.2, 0.5)))
b <- likert(150)
add("150 pairs, all improved, tied", b, b + sample(1:3, 150, replace = TRUE))

b <- round(runif(25, 1, 10), 1)
add("non-integer, one decimal", b, round(clamp(b + rnorm(25, 0.8, 1.5)), 1))
b <- runif(30, 1, 10)
add("non-integer, full precision", b, b + rnorm(30, 0.5, 1))
add("non-integer, float near-ties", c(0.1, 0.2, 1.1, 2.3, 0.7), c(0.3, 0.4, 1.3, 2.5, 0.9))
add("non-integer, exact half-point ties", c(1.5, 2, 3.5, 4, 6.5), c(2, 2.5, 3, 5, 7))
add("non-integer, float near zero", c(0.1, 0.7, 1.5, 2.2), c(0.1 + 0.2 - 0.2, 0.9, 1.2, 3.0))

for (cohort in 1:8) {
  size <- sample(c(6, 8, 10, 12), 1)
  base <- likert(size)
  lift <- sample(c(-1, 0, 0, 1, 1, 2, 3), size, replace = TRUE)
  add(sprintf("cohort %d (%d mentees)", cohort, size), base, clamp(base + lift))
}

# ---- Holm ---------------------------------------------------------------------------------
holm_case <- function(name, p) {
  json_object(list(
    name = json_string(name),
    p = json_array(p),
    holm = json_array(p.adjust(p, "holm"))
  ))
}
holm_cases <- list(
  holm_case("empty", numeric(0)),
  holm_case("single", 0.03),
  holm_case("single NA", NA_real_),
  holm_case("all NA", c(NA, NA, NA)),
  holm_case("three", c(0.01, 0.04, 0.03)),
  holm_case("ties", c(0.02, 0.02, 0.5, 0.02)),
  holm_case("clipped at one", c(0.4, 0.6, 0.9, 0.3)),
  holm_case("with NAs", c(NA, 0.01, 0.2, NA, 0.003, 0.04, NA)),
  holm_case("tiny", c(1e-12, 3e-10, 0.5, 2e-15, NA)),
  holm_case("random 11", runif(11)^3),
  holm_case("random 11 with NAs", replace(runif(11)^2, c(2, 7, 8), NA))
)

# A whole cohort: eleven domains, their Wilcoxon p-values, then Holm across those present.
cohort_size <- 10
cohort_base <- replicate(11, likert(cohort_size))
cohort_end <- clamp(cohort_base + matrix(sample(c(-1, 0, 1, 1, 2, 3), 110, replace = TRUE), 10))
cohort_end[, 4] <- cohort_base[, 4] # one domain without change: no p-value
cohort_p <- vapply(1:11, function(j) wilcoxon_p(cohort_base[, j], cohort_end[, j]), 0)
holm_cases[[length(holm_cases) + 1]] <- holm_case("cohort of eleven domains", cohort_p)

json <- paste0(
  "{\n",
  '"r": ', json_string(R.version.string), ",\n",
  '"paired": [\n', paste(unlist(cases), collapse = ",\n"), "\n],\n",
  '"holm": [\n', paste(unlist(holm_cases), collapse = ",\n"), "\n]\n",
  "}\n"
)
writeLines(json, "test/fixtures/r-stats.json", sep = "")
cat(sprintf("wrote %d paired cases and %d Holm cases\n", length(cases), length(holm_cases)))

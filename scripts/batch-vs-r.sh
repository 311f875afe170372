#!/usr/bin/env bash
# Issue 12's `run FOLDER` measure, round by round: the R route on the same work, then `run FOLDER` over BATCH (default
# 16) copies of the same-work spec in one JVM, interleaved; each round prints R's time, the batch's and
# R × BATCH / batch (the R route's per-spec time over metareport's), and the end the spread and the median.
#   scripts/batch-vs-r.sh [ROUNDS]          (default 9; from the repository root after `mvn -B -DskipTests package`)
# Environment: METAREPORT (default bin/metareport, the launcher; its first run of a new jar records the archive and is
# not counted: one untimed batch runs first), PERF (../shared/perf), BATCH. Needs Rscript and ../shared/perf/r-report.sh.
# Nothing here is a test: machines are noisy, so compare rounds measured side by side, and say the load (uptime).
set -eu
rounds=${1:-9}
mr=${METAREPORT:-bin/metareport}
perf=${PERF:-../shared/perf}
batch=${BATCH:-16}
command -v Rscript >/dev/null 2>&1 && [ -x "$perf/r-report.sh" ] || { echo "error: needs Rscript and $perf/r-report.sh" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: needs GNU time (/usr/bin/time)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for i in $(seq "$batch"); do mkdir -p "$tmp/batch/spec-$i"; cp -r "$perf/same-work/." "$tmp/batch/spec-$i/"; done
echo "date $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; $(uptime | sed 's/.*load/load/'); $mr: $($mr --version 2>&1 | head -1)"
$mr run -q "$tmp/batch" --out "$tmp/site" >/dev/null 2>&1        # the archive, and the disk cache
ratios=()
for round in $(seq "$rounds"); do
  /usr/bin/time -o "$tmp/r" -f '%e' "$perf/r-report.sh" "$perf/same-work/data/analysis.csv" "$tmp/rr" >/dev/null 2>&1
  /usr/bin/time -o "$tmp/b" -f '%e' $mr run -q "$tmp/batch" --out "$tmp/site" >/dev/null 2>&1
  r=$(tail -1 "$tmp/r"); b=$(tail -1 "$tmp/b")
  ratio=$(echo "scale=2; $r * $batch / $b" | bc)
  ratios+=("$ratio")
  printf 'round %d: R route %.2f s, batch of %d %.2f s, ratio %.2f\n' "$round" "$r" "$batch" "$b" "$ratio"
done
printf '%s\n' "${ratios[@]}" | sort -g | awk '{a[NR]=$1} END {printf "ratios: min %.2f, median %.2f, max %.2f\n", a[1], a[int((NR+1)/2)], a[NR]}'
echo "load after: $(uptime | sed 's/.*load/load/')"

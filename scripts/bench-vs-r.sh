#!/usr/bin/env bash
# Benchmarks, not timed tests (docs/performance.md): the ratio against the R route and each workload's time and peak
# memory, metareport started cold by bin/metareport each time. Compare ratios, not seconds: the machine is shared.
# usage: scripts/bench-vs-r.sh [ROUNDS]      (run from the repository after `mvn -B -DskipTests package`)
#   - the R route against metareport on the same work (needs Rscript with metafor, clubSandwich, rmarkdown and
#     ../shared/perf/ratio-vs-r.sh, or RATIO_VS_R=path): median of ROUNDS (default 7), md + html + pdf;
#   - wall time and peak RSS (/usr/bin/time -v) of: the same-work spec, the school-based example (all formats) and
#     the synthetic 20-analysis review (src/test/resources/perf/review-20), each also with `java -jar` for comparison.
set -u
cd "$(dirname "$0")/.." || exit 1
rounds=${1:-7}
ratio=${RATIO_VS_R:-../shared/perf/ratio-vs-r.sh}
same=${SAME_WORK:-../shared/perf/same-work/analysis.yaml}
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
echo "# $(date -u '+%Y-%m-%d %H:%M UTC') $(uname -n), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v Rscript >/dev/null && [ -x "$ratio" ] && [ -f "$same" ]; then
  "$ratio" "bin/metareport run $same --out" "$rounds"
else
  echo "R route: skipped (no Rscript or no $ratio)"
fi
measure() {   # LABEL COMMAND...: wall seconds and peak RSS of one cold run
  local label=$1; shift
  rm -rf "$out/o"
  /usr/bin/time -v "$@" --out "$out/o" -q >/dev/null 2>"$out/t" || { echo "$label: failed"; tail -3 "$out/t"; return; }
  awk -v l="$label" -F': ' '/Elapsed \(wall clock\)/ {w=$2} /Maximum resident set size/ {m=$2}
    END {printf "%-48s wall %s  peak RSS %d MB\n", l, w, m/1024}' "$out/t"
}
bin/metareport run "$same" --out "$out/warm" -q >/dev/null 2>&1   # makes the launcher's archive on a first run
for spec in "$same" analyses/school-based-mh/analysis.yaml src/test/resources/perf/review-20/analysis.yaml; do
  [ -f "$spec" ] || continue
  name=$(basename "$(dirname "$spec")")
  measure "$name: bin/metareport" bin/metareport run "$spec"
  measure "$name: java -jar" java -jar target/metareport.jar run "$spec"
done

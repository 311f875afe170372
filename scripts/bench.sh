#!/usr/bin/env bash
# The end-to-end benchmarks of issue 12, from the repository root after `mvn -B -DskipTests package`:
#   scripts/bench.sh [ROUNDS]                   (default 5; the figures in docs/performance.md used 5)
# Prints, for each workload run cold (a new JVM each time; every format, and the same-work spec also as the R ratio
# of the issue measures it, md + html + pdf):
#   - the median wall time of ROUNDS runs and the largest peak RSS (/usr/bin/time -f %M, GNU time);
#   - the same-work spec (../shared/perf/same-work/analysis.yaml), the school-based example, and the synthetic
#     20-analysis review that `bench --write-review` writes (about 130 effects in 30 studies, fixed seed);
#   - when Rscript and the R route (../shared/perf/r-report.sh) are there: the R route's median on the same work and
#     the ratio R / metareport, measured in the same rounds (interleaved, as ../shared/perf/ratio-vs-r.sh does);
#   - batch: `run FOLDER` over BATCH (default 16) copies of the same-work spec in one JVM, per spec, against R;
#   - watch: `bench --watch-latency` on the school-based example (a one-number edit of the data to the new report
#     on disk, warm JVM, median of WATCH_ROUNDS, default 15), once with md,html and once with every format.
# Environment: METAREPORT, the command that runs metareport (default bin/metareport, the launcher, whose archive the
# first timed run makes; e.g. METAREPORT="java -jar target/metareport.jar" for the plain jar), PERF (../shared/perf),
# BATCH (default 16), WATCH_ROUNDS. JAVA and JAR, if set, mean METAREPORT="$JAVA -jar $JAR".
# Nothing here is a test: machines are noisy, so compare ratios measured side by side, and say the load (uptime).
set -eu
rounds=${1:-5}
if [ -n "${JAVA:-}${JAR:-}" ]; then mr="${JAVA:-java} -jar ${JAR:-target/metareport.jar}"; else mr=${METAREPORT:-bin/metareport}; fi
perf=${PERF:-../shared/perf}
batch=${BATCH:-16}
watch_rounds=${WATCH_ROUNDS:-15}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

have_time=0; [ -x /usr/bin/time ] && have_time=1
have_r=0; command -v Rscript >/dev/null 2>&1 && [ -x "$perf/r-report.sh" ] && have_r=1

echo "date $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; $(uptime | sed 's/.*load/load/'); $mr: $($mr --version 2>&1 | head -1)"

# one timed command: prints "seconds peak-KB" (peak 0 without GNU time)
timed() {
  if [ $have_time = 1 ]; then
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || { echo "failed: $*" >&2; cat "$tmp/stderr" >&2; exit 1; }
    cat "$tmp/time"
  else
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; e=$(date +%s.%N)
    echo "$(echo "$e - $s" | bc) 0"
  fi
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
maximum() { printf '%s\n' "$@" | sort -g | tail -1; }

$mr bench --write-review "$tmp/synthetic" >/dev/null

workload() {   # name spec formats [with-r csv]
  local name=$1 spec=$2 formats=$3 csv=${4:-} j=() m=() r=() line
  timed $mr run -q "$spec" --format "$formats" --out "$tmp/out" >/dev/null; rm -rf "$tmp/out"   # warm the disk cache
  for _ in $(seq "$rounds"); do
    line=$(timed $mr run -q "$spec" --format "$formats" --out "$tmp/out"); rm -rf "$tmp/out"
    j+=("${line% *}"); m+=("${line#* }")
    if [ -n "$csv" ]; then line=$(timed "$perf/r-report.sh" "$csv" "$tmp/r"); r+=("${line% *}"); rm -rf "$tmp/r"; fi
  done
  local mj; mj=$(median "${j[@]}")
  printf '%-28s %-17s metareport median %6.2f s (runs: %s), peak RSS %4d MB' "$name" "$formats" "$mj" "${j[*]}" \
    "$(( $(maximum "${m[@]}") / 1024 ))"
  if [ -n "$csv" ]; then
    local rmed; rmed=$(median "${r[@]}")
    printf '; R route median %.2f s; ratio R/metareport %.2f' "$rmed" "$(echo "scale=4; $rmed / $mj" | bc)"
    echo "$rmed" > "$tmp/r-median"
  fi
  echo
}

if [ -f "$perf/same-work/analysis.yaml" ]; then
  # as ../shared/perf/ratio-vs-r.sh measures it (the formats of the issue: md, html, pdf), then with the Word file too
  workload "same work as R" "$perf/same-work/analysis.yaml" md,html,pdf \
    "$([ $have_r = 1 ] && echo "$perf/same-work/data/analysis.csv")"
  workload "same work as R" "$perf/same-work/analysis.yaml" md,html,pdf,docx \
    "$([ $have_r = 1 ] && echo "$perf/same-work/data/analysis.csv")"
else
  echo "same work as R: $perf/same-work/analysis.yaml not found (set PERF)"
fi
workload "school-based example" analyses/school-based-mh/analysis.yaml md,html,pdf,docx
workload "synthetic 20-analysis review" "$tmp/synthetic/analysis.yaml" md,html,pdf,docx

if [ -f "$perf/same-work/analysis.yaml" ]; then
  mkdir -p "$tmp/batch"
  for i in $(seq "$batch"); do
    mkdir -p "$tmp/batch/spec-$i"; cp -r "$perf/same-work/." "$tmp/batch/spec-$i/"
  done
  line=$(timed $mr run -q "$tmp/batch" --out "$tmp/site")
  secs=${line% *}; per=$(echo "scale=4; $secs / $batch" | bc)
  printf 'batch: run FOLDER of %d same-work specs in one JVM: %.2f s, %.3f s per spec, peak RSS %d MB' \
    "$batch" "$secs" "$per" "$(( ${line#* } / 1024 ))"
  [ -f "$tmp/r-median" ] && printf '; R route %.2f s per spec; ratio %.1f' "$(cat "$tmp/r-median")" \
    "$(echo "scale=4; $(cat "$tmp/r-median") / $per" | bc)"
  echo
fi

$mr bench --watch-latency --rounds "$watch_rounds" --format md,html | grep -v 'first render'
$mr bench --watch-latency --rounds "$watch_rounds" | grep -v 'first render'
echo "load after: $(uptime | sed 's/.*load/load/')"

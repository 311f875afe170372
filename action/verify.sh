#!/usr/bin/env bash
# Step of action.yml: verifies every analysis against its rendering in SITE and its claims; writes each verify
# table to the job summary and verification.html/.json into SITE/<name>/verification/. Exit 3 when any differs.
set -euo pipefail
status=0
summary=${GITHUB_STEP_SUMMARY:-/dev/null}
echo "## metareport verify" >> "$summary"
while IFS= read -r -d '' spec; do
  name=$(basename "$(dirname "$spec")")
  set +e
  table=$(java -jar "${METAREPORT_JAR:?}" verify "$spec" --against "$SITE/$name" --report "$SITE/$name/verification")
  code=$?
  set -e
  printf '%s\n' "$table"
  { echo; echo "### $name"; echo; echo '```'; printf '%s\n' "$table"; echo '```'; } >> "$summary"
  if [ "$code" -ne 0 ]; then status=$code; fi
done < <(find "${ANALYSES:-analyses}" -name analysis.yaml -print0 | sort -z)
exit "$status"

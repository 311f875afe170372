#!/usr/bin/env bash
# Step of action.yml: renders every analysis under ANALYSES into output/site (with an index page); writes
# site=<folder> to GITHUB_OUTPUT.
set -euo pipefail
site=${SITE:-output/site}
java -jar "${METAREPORT_JAR:?}" run "${ANALYSES:-analyses}" --out "$site" --format "${FORMATS:-md,html}"
echo "site=$site" >> "${GITHUB_OUTPUT:-/dev/null}"

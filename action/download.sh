#!/usr/bin/env bash
# Step of action.yml: puts metareport.jar of METAREPORT_VERSION in ~/.cache/metareport/<version>/ (downloaded from
# the release unless cached) and checks its SHA-256 against METAREPORT_SHA256, or the release's
# metareport.jar.sha256. Writes jar=<path> to GITHUB_OUTPUT. METAREPORT_RELEASES overrides the download base
# (the local test points it at a folder).
# METAREPORT_LOCAL_JAR: use that jar instead (the action's `jar` input).
set -euo pipefail
if [ -n "${METAREPORT_LOCAL_JAR:-}" ]; then
  echo "metareport: using $METAREPORT_LOCAL_JAR (SHA-256 $(sha256sum "$METAREPORT_LOCAL_JAR" | cut -d' ' -f1))"
  echo "jar=$METAREPORT_LOCAL_JAR" >> "${GITHUB_OUTPUT:-/dev/null}"
  exit 0
fi
version=${METAREPORT_VERSION:?METAREPORT_VERSION is not set}
case "$version" in
  *[!0-9A-Za-z.+-]*) echo "::error::metareport version '$version' is not a version number"; exit 2 ;;
esac
base=${METAREPORT_RELEASES:-https://github.com/metareport/metareport/releases/download}
dir="${METAREPORT_CACHE:-$HOME/.cache/metareport}/$version"
mkdir -p "$dir"
if [ ! -s "$dir/metareport.jar" ] || [ ! -s "$dir/metareport.jar.sha256" ]; then
  curl -fsSL --retry 3 -o "$dir/metareport.jar.part" "$base/v$version/metareport.jar"
  curl -fsSL --retry 3 -o "$dir/metareport.jar.sha256" "$base/v$version/metareport.jar.sha256"
  mv "$dir/metareport.jar.part" "$dir/metareport.jar"
fi
expected=${METAREPORT_SHA256:-$(cut -d' ' -f1 < "$dir/metareport.jar.sha256")}
actual=$(sha256sum "$dir/metareport.jar" | cut -d' ' -f1)
if [ "$actual" != "$expected" ]; then
  rm -f "$dir/metareport.jar" "$dir/metareport.jar.sha256"
  echo "::error::metareport.jar $version has SHA-256 $actual, expected $expected; not using it"
  exit 1
fi
echo "metareport $version: SHA-256 $actual (checked)"
echo "jar=$dir/metareport.jar" >> "${GITHUB_OUTPUT:-/dev/null}"

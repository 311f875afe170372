#!/usr/bin/env bash
# Step of action.yml: renders the pull request's base commit, diffs each analysis against this branch's
# rendering (metareport diff --format md) and posts one comment, or updates the one it posted before (found by
# its marker). Without GH_TOKEN/PR_NUMBER (a local test) it prints the comment instead.
set -euo pipefail
jar=${METAREPORT_JAR:?}
base_dir=$(mktemp -d)
trap 'git worktree remove --force "$base_dir/src" >/dev/null 2>&1 || true; rm -rf "$base_dir"' EXIT
git fetch -q --depth=1 origin "${BASE_SHA:?}" 2>/dev/null || true
git worktree add -q --detach "$base_dir/src" "$BASE_SHA"
marker='<!-- metareport-diff -->'
body="$marker"$'\n'"### metareport: numbers that moved against the base branch"$'\n'
while IFS= read -r -d '' spec; do
  name=$(basename "$(dirname "$spec")")
  rel=${spec#./}
  if [ ! -f "$base_dir/src/$rel" ]; then
    body+=$'\n'"**$name**: new analysis."$'\n'
    continue
  fi
  if ! java -jar "$jar" run -q "$base_dir/src/$rel" --out "$base_dir/out/$name" --format md >/dev/null 2>&1; then
    body+=$'\n'"**$name**: the base branch does not render; nothing to compare."$'\n'
    continue
  fi
  body+=$'\n'"**$name**"$'\n\n'$(java -jar "$jar" diff "$base_dir/out/$name" "$SITE/$name" --format md | tail -n +5)$'\n'
done < <(find "${ANALYSES:-analyses}" -name analysis.yaml -print0 | sort -z)
if [ -z "${GH_TOKEN:-}" ] || [ -z "${PR_NUMBER:-}" ]; then
  printf '%s\n' "$body"
  exit 0
fi
existing=$(gh api "repos/$REPOSITORY/issues/$PR_NUMBER/comments" --paginate \
  --jq ".[] | select(.body | startswith(\"$marker\")) | .id" | head -n 1)
if [ -n "$existing" ]; then
  gh api -X PATCH "repos/$REPOSITORY/issues/comments/$existing" -f body="$body" >/dev/null
else
  gh api -X POST "repos/$REPOSITORY/issues/$PR_NUMBER/comments" -f body="$body" >/dev/null
fi

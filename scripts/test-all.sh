#!/usr/bin/env bash
# `npm test`: every check, in order, stopping at the first failure, and a table of how long each stage took (CI must
# stay well under its time limit; the table says where the minutes go). The three static checks share one stage: each
# is single-threaded, so on a machine with two or more cores they run side by side.
set -uo pipefail
cd "$(dirname "$0")/.."

timings=()
stage() {
  local name="$1"
  shift
  local started=$SECONDS
  echo "=== ${name}"
  "$@"
  local rc=$?
  timings+=("$(printf '%-12s %5d s  %s' "$name" $((SECONDS - started)) "$([ $rc -eq 0 ] && echo ok || echo "FAILED ($rc)")")")
  if [ $rc -ne 0 ]; then
    summary
    exit $rc
  fi
}
summary() {
  echo "=== npm test: stage durations"
  printf '%s\n' "${timings[@]}"
}

# Type check, ESLint and Prettier in parallel; each one's output is printed whole, after it ends.
static_checks() {
  local dir rc=0
  dir=$(mktemp -d)
  npm run --silent typecheck >"$dir/typecheck" 2>&1 &
  local t=$!
  npm run --silent lint >"$dir/lint" 2>&1 &
  local l=$!
  npm run --silent format:check >"$dir/format" 2>&1 &
  local f=$!
  for pair in "typecheck:$t" "lint:$l" "format:$f"; do
    if ! wait "${pair#*:}"; then
      echo "--- ${pair%%:*} failed:"
      rc=1
    fi
    cat "$dir/${pair%%:*}"
  done
  rm -rf "$dir"
  return $rc
}

stage static static_checks
stage db:check npm run --silent db:check:test
stage unit npm run --silent test:unit
stage integration npm run --silent test:integration
stage e2e npm run --silent test:e2e
stage topology npm run --silent test:topology
summary

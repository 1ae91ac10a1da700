#!/usr/bin/env bash
# scripts/merge-formatted.sh [target=main]: merges the target branch, whose tree was reformatted by Prettier, into the current
# branch without a conflict on every reformatted line. It formats the merge base and this branch the way the target
# does, records the formatted base as a common ancestor of both sides, then runs an ordinary `git merge` (rename
# detection included). Run it from the root of your worktree with a clean tree.
set -euo pipefail
T=${1:-main}
PRETTIER=${PRETTIER:-$(git rev-parse --show-toplevel)/node_modules/.bin/prettier}
git diff --quiet && git diff --cached --quiet || { echo "fmt-merge: commit or stash your changes first" >&2; exit 1; }
BASE=$(git merge-base HEAD "$T")
tmp=$(mktemp -d)
git worktree add -q --detach "$tmp/base" "$BASE"
trap 'git worktree remove --force "$tmp/base" 2>/dev/null || true' EXIT
for f in .prettierrc.json .prettierignore; do git show "$T:$f" > "$tmp/base/$f"; done
(cd "$tmp/base" && { "$PRETTIER" --write . --log-level silent || true; } && git add -A && git commit -q --no-verify -m "Prettier over the merge base (formatting-aware merge)")
FB=$(git -C "$tmp/base" rev-parse HEAD)
git worktree remove --force "$tmp/base"
for f in .prettierrc.json .prettierignore; do git show "$T:$f" > "$f"; done
"$PRETTIER" --write . --log-level silent || true
git add -A
git commit -q --no-verify -m "Format with Prettier as $T does (before merging $T)" || true
git merge -q -s ours --no-edit -m "Record the Prettier-formatted merge base" "$FB"
TM=$(git commit-tree "$T^{tree}" -p "$(git rev-parse "$T")" -p "$FB" -m "$T with the formatted merge base recorded")
if git merge --no-edit -m "Merge $T" "$TM"; then echo "fmt-merge: merged $T cleanly"; else echo "fmt-merge: resolve the conflicts listed above, then git add + git commit" >&2; exit 1; fi

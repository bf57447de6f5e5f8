#!/usr/bin/env bash
# Browser tests of a generated site: axe-core (WCAG 2.1 AA), html-validate, links and
# orphans, origins and CSP, file://, keyboard, print and no-JavaScript, in Debian's
# Chromium through playwright-core and node's own test runner.
#
#   tests/browser/run.sh <site dir> [test file ...]
#
# Serves the site on 127.0.0.1 (a free port) under the sub-path /portal/, runs the tests
# with SITE_DIR and BASE_URL set, stops the server and exits with the test runner's code.
# Needs node (18.19 or later), npm and /usr/bin/chromium (scripts/install-deps); installs
# node_modules with `npm ci` when missing. Options through the environment:
#   ALL_PAGES=1          axe and origin tests on every page instead of one per page kind
#   REQUIRE_ALL_KINDS=1  fail when a page kind of site.md is missing from the site
#   CHROMIUM=PATH        another Chromium binary (default /usr/bin/chromium)
#   KEEP_PDF=DIR         keep the PDFs of the print test in DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: $0 <site dir> [test file ...]" >&2
  exit 2
fi
site=$(cd "$1" && pwd)
shift
if [[ ! -f "$site/index.html" ]]; then
  echo "browser tests: $site has no index.html" >&2
  exit 2
fi
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "browser tests: $tool is missing (scripts/install-deps)" >&2; exit 3; }
done
if [[ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]]; then
  echo "browser tests: ${CHROMIUM:-/usr/bin/chromium} is missing (scripts/install-deps installs Debian's chromium)" >&2
  exit 3
fi

cd "$here"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "browser tests: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [[ $# -gt 0 ]]; then
  tests=("$@")
else
  tests=("$here"/*.test.mjs)
fi

work=$(mktemp -d)
server_pid=
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

node "$here/serve.mjs" "$site" --prefix /portal/ >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
base_url=
for _ in $(seq 100); do
  base_url=$(sed -n 's/^BASE_URL=//p' "$work/serve.out")
  [[ -n "$base_url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$base_url" ]]; then
  echo "browser tests: the file server did not start:" >&2
  cat "$work/serve.out" "$work/serve.err" >&2
  exit 3
fi
echo "browser tests: $site served at $base_url"

# TAP, whose closing lines read "# pass N" and "# fail N" (node 18 and 20 alike). One test
# file at a time: each starts its own Chromium, and the machine has 2 cores.
set +e
SITE_DIR="$site" BASE_URL="$base_url" node --test --test-reporter=tap --test-concurrency=1 "${tests[@]}"
code=$?
set -e
exit "$code"

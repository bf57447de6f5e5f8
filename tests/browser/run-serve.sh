#!/usr/bin/env bash
# Browser test of `netwerkkaart serve` (serve/serve.test.mjs): run from anywhere with the
# binary as argument; works in the project root on a copy of the example data.
#   tests/browser/run-serve.sh <netwerkkaart binary>
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
bin=$(realpath "$1")
cd "$here"
if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
cd "$here/../.."
NETWERKKAART_BIN="$bin" node --test --test-reporter=tap "$here/serve/serve.test.mjs"

#!/usr/bin/env bash
# Integration tests of the command line: exact output of `check` in each format, and the
# exit codes of site.md. Usage: cli_test.sh <netwerkkaart binary> <source dir>
# UPDATE=1 rewrites the expected files (read every change before committing it).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
expected=$src/tests/integration/expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

# compare NAME ACTUAL_FILE: the actual output must equal expected/NAME.
compare() {
  if [[ -n "${UPDATE:-}" ]]; then cp "$2" "$expected/$1"; fi
  if diff -u "$expected/$1" "$2" >"$work/diff"; then
    passes=$((passes + 1))
  else
    echo "FAIL: $1 differs from expected/$1:"; head -40 "$work/diff"; failures=$((failures + 1))
  fi
}
# expect_exit NAME WANTED GOT
expect_exit() {
  if [[ "$2" == "$3" ]]; then passes=$((passes + 1)); else echo "FAIL: $1: exit $3, expected $2"; failures=$((failures + 1)); fi
}

# 1. The example region: exit 0, only the intended warnings.
cd "$src"
"$bin" check --vandaag 2026-11-22 >"$work/example.txt" 2>&1; code=$?
expect_exit "example check" 0 $code
compare example-check.txt "$work/example.txt"

# 2. A set with errors and a warning, in every format, run from its own directory so
#    paths are shown as a partner sees them.
cp -r "$src/tests/fixtures/minimal/." "$work/set"
cat >"$work/set/data/organisaties/wijkteam-heerlen.yaml" <<'YAML'
naam: Sociaal Wijkteam Heerlen
soort: wijkteem
werkgebied: [heerlen]
telefon: 045 123 4567
contactpersonen:
  - naam: Bram Janssen
    rollen: [aandachtsfunctionaris, netwerkcontact]
    toestemming: 2025-03-01
beheer:
  contact: github:wijkteam-heerlen
  gecontroleerd: 2024-01-15
YAML
cd "$work/set"
for format in tekst github json; do
  "$bin" check --format "$format" --vandaag 2026-11-22 >"$work/out.$format" 2>"$work/err.$format"; code=$?
  expect_exit "check --format $format with errors" 1 $code
  compare "broken.$format" "$work/out.$format"
done
compare broken.github.stderr "$work/err.github"

# 3. Warnings only: exit 0, and 1 with --strikt.
cp "$src/tests/fixtures/minimal/data/organisaties/wijkteam-heerlen.yaml" data/organisaties/
sed -i 's/gecontroleerd: 2026-06-01/gecontroleerd: 2024-06-01/' data/trainingen/meldcode.yaml
"$bin" check --vandaag 2026-11-22 >/dev/null 2>&1; expect_exit "warnings only" 0 $?
"$bin" check --strikt --vandaag 2026-11-22 >/dev/null 2>&1; expect_exit "warnings with --strikt" 1 $?
"$bin" check --data data --content content --vandaag 2026-11-22 --format json >"$work/warn.json" 2>&1
compare warnings.json "$work/warn.json"

# 4. "Today" from SOURCE_DATE_EPOCH (2026-11-22 00:00 UTC), equal to --vandaag.
SOURCE_DATE_EPOCH=1795305600 "$bin" check --format json >"$work/epoch.json" 2>&1
compare warnings.json "$work/epoch.json"

# 5. Usage errors: exit 2, with a Dutch message.
"$bin" check --formaat json >/dev/null 2>"$work/usage.txt"; expect_exit "unknown option" 2 $?
compare usage-unknown-option.txt "$work/usage.txt"
"$bin" check --format xml >/dev/null 2>&1; expect_exit "bad --format" 2 $?
"$bin" check --vandaag 22-11-2026 >/dev/null 2>"$work/usage-date.txt"; expect_exit "bad --vandaag" 2 $?
compare usage-bad-date.txt "$work/usage-date.txt"
"$bin" frobnicate >/dev/null 2>&1; expect_exit "unknown command" 2 $?
"$bin" >/dev/null 2>&1; expect_exit "no command" 2 $?

# 6. Help: exit 0, in Dutch.
"$bin" check --help >"$work/help.txt"; expect_exit "check --help" 0 $?
compare check-help.txt "$work/help.txt"
"$bin" --help >/dev/null; expect_exit "--help" 0 $?

# 7. I/O problems: exit 3.
"$bin" check --data /nonexistent >/dev/null 2>&1; expect_exit "missing data dir" 3 $?
"$bin" check --content /nonexistent >/dev/null 2>&1; expect_exit "missing explicit content dir" 3 $?

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]

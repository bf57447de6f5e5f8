#!/usr/bin/env bash
# Tests of scripts/synth, the synthetic data generator: same arguments give a byte-identical
# tree, the expected number of files per kind, --force handling, and (when the binary is
# given) a data set that `netwerkkaart check` accepts without errors or warnings.
# Usage: test_synth.sh [<netwerkkaart binary>]
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
synth=$(realpath "$here/../../scripts/synth")
bin=${1:+$(realpath "$1")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# expect NAME WANTED GOT
expect() { if [[ "$2" == "$3" ]]; then pass; else fail "$1: got '$3', expected '$2'"; fi; }
count() { find "$1" -type f -name '*.yaml' | wc -l | tr -d ' '; }

# 1. Determinism: the example scale twice, into fresh directories.
"$synth" --schaal example --out "$work/a" >"$work/a.out" 2>&1; expect "first run exit" 0 $?
"$synth" --schaal example --out "$work/b" >"$work/b.out" 2>&1; expect "second run exit" 0 $?
if diff -r "$work/a" "$work/b" >"$work/diff"; then pass; else fail "two runs differ:"; head -20 "$work/diff"; fi
expect "summary line identical" "$(cat "$work/a.out")" "$(cat "$work/b.out")"
# ... also with another hash seed: no set iteration order may leak into the output.
PYTHONHASHSEED=4242 "$synth" --schaal example --out "$work/h" >/dev/null 2>&1
if diff -r "$work/a" "$work/h" >/dev/null; then pass; else fail "output depends on PYTHONHASHSEED"; fi

# 2. Expected counts for the example scale (40 organisaties, 16 gemeenten).
for f in site.yaml gemeenten.yaml soorten.yaml specialismen.yaml begrippen.yaml; do
  if [[ -f "$work/a/$f" ]]; then pass; else fail "missing $f"; fi
done
expect "organisaties" 40 "$(count "$work/a/organisaties")"
expect "overleggen" 5 "$(count "$work/a/overleggen")"
expect "trainingen" 16 "$(count "$work/a/trainingen")"
expect "agenda" 5 "$(count "$work/a/agenda")"
expect "routes" 2 "$(count "$work/a/routes")"
expect "all files" 73 "$(find "$work/a" -type f | wc -l | tr -d ' ')"
expect "only .yaml files" 0 "$(find "$work/a" -type f ! -name '*.yaml' | wc -l | tr -d ' ')"
expect "gemeenten" 16 "$(grep -c '^- id:' "$work/a/gemeenten.yaml")"
expect "contactpersonen" 160 "$(cat "$work/a"/organisaties/*.yaml | grep -c '^    rollen:')"
expect "summary" "synth: 73 bestanden: 16 gemeenten, 40 organisaties, 160 contactpersonen, 32 aanbod, 5 overleggen, 16 trainingen, 48 sessies, 5 agenda, 2 routes, 18 specialismen, 24 begrippen" "$(cat "$work/a.out")"

# 3. An integer scale is proportional: 100 organisaties, 8 overleggen, 40 trainingen, 6 agenda.
"$synth" --schaal 100 --seed 7 --out "$work/n" >/dev/null 2>&1; expect "N=100 exit" 0 $?
expect "N=100 organisaties" 100 "$(count "$work/n/organisaties")"
expect "N=100 overleggen" 8 "$(count "$work/n/overleggen")"
expect "N=100 trainingen" 40 "$(count "$work/n/trainingen")"
expect "N=100 agenda" 6 "$(count "$work/n/agenda")"
# another seed gives other data
if diff -rq "$work/a" "$work/n" >/dev/null; then fail "seed/scale has no effect"; else pass; fi

# 4. A non-empty directory is refused without --force and left alone; with --force the old
#    data is replaced (a stale organisation file disappears) and the result is identical.
touch "$work/a/organisaties/oud.yaml"
"$synth" --schaal example --out "$work/a" >/dev/null 2>&1; code=$?
if [[ $code -ne 0 ]]; then pass; else fail "non-empty directory accepted without --force"; fi
if [[ -f "$work/a/organisaties/oud.yaml" ]]; then pass; else fail "refused run changed the directory"; fi
"$synth" --schaal example --out "$work/a" --force >/dev/null 2>&1; expect "--force exit" 0 $?
if diff -r "$work/a" "$work/b" >/dev/null; then pass; else fail "--force output differs from a fresh run"; fi

# 5. Bad arguments are usage errors.
"$synth" --schaal klein --out "$work/x" >/dev/null 2>&1; expect "bad --schaal" 2 $?
"$synth" --schaal example --out "$work/x" --vandaag 2026-02-30 >/dev/null 2>&1; expect "bad --vandaag" 2 $?

# 6. The generated data is valid: no errors and no warnings (needs the binary).
if [[ -n "$bin" ]]; then
  # run where there is no content/ folder, so that only the generated data is checked
  (cd "$work" && "$bin" check --data "$work/b" --vandaag 2026-11-22 --format json --strikt >"$work/check.json" 2>&1)
  expect "check exit" 0 $?
  result=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["fouten"], d["waarschuwingen"])' \
    "$work/check.json" 2>&1)
  expect "check fouten/waarschuwingen" "0 0" "$result"
  [[ "$result" == "0 0" ]] || head -30 "$work/check.json"
fi

echo "test_synth: $passes passed, $failures failed"
[[ $failures -eq 0 ]]

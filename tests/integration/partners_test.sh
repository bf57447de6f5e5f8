#!/usr/bin/env bash
# The partners' tools (issue 7): `check --verouderd`, `new`, and `diff` on the scenario of
# the acceptance: a pull request on the example that adds a contact, removes an aanbod,
# moves a training session and introduces two errors. Exact output of `diff` and exact
# `check --format github` annotations. Usage: partners_test.sh <netwerkkaart> <source dir>
# UPDATE=1 rewrites the expected files (read every change before committing it).
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
expected=$src/tests/integration/expected
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

compare() {
  if [[ -n "${UPDATE:-}" ]]; then cp "$2" "$expected/$1"; fi
  if diff -u "$expected/$1" "$2" >"$work/diff"; then
    passes=$((passes + 1))
  else
    echo "FAIL: $1 differs from expected/$1:"; head -60 "$work/diff"; failures=$((failures + 1))
  fi
}
expect_exit() {
  if [[ "$2" == "$3" ]]; then passes=$((passes + 1)); else echo "FAIL: $1: exit $3, expected $2"; failures=$((failures + 1)); fi
}
# expect_grep NAME PATTERN FILE
expect_grep() {
  if grep -q -- "$2" "$3"; then passes=$((passes + 1)); else echo "FAIL: $1: '$2' not in output:"; cat "$3"; failures=$((failures + 1)); fi
}

# 1. check --verouderd on the example: the two stale entries (the same two as the NK501
#    warnings of example-check.txt), as text and as CSV.
cd "$src"
"$bin" check --verouderd --vandaag 2026-11-22 >"$work/stale.txt" 2>&1; expect_exit "check --verouderd" 0 $?
compare verouderd.txt "$work/stale.txt"
"$bin" check --verouderd --format csv --vandaag 2026-11-22 >"$work/stale.csv" 2>&1; expect_exit "check --verouderd csv" 0 $?
compare verouderd.csv "$work/stale.csv"
# The same entries as the NK501 warnings, counted independently.
warned=$("$bin" check --vandaag 2026-11-22 --format github 2>/dev/null | grep -c 'title=NK501')
listed=$(($(wc -l <"$work/stale.csv") - 1))
expect_exit "verouderd rows = NK501 warnings" "$warned" "$listed"
# A later "today" makes more entries stale: the list follows the date.
"$bin" check --verouderd --format csv --vandaag 2028-01-01 >"$work/stale2.csv" 2>/dev/null
[[ $(wc -l <"$work/stale2.csv") -gt $(wc -l <"$work/stale.csv") ]]; expect_exit "more stale later" 0 $?
"$bin" check --format csv >/dev/null 2>&1; expect_exit "csv without --verouderd" 2 $?
"$bin" check --verouderd --format json >/dev/null 2>&1; expect_exit "--verouderd with json" 2 $?
# CSV cannot be used to smuggle a formula or break a row.
mkdir -p "$work/csv" && cp -r "$src/data" "$work/csv/"
sed -i 's/^naam: LevantoGroep Vrouwenopvang/naam: "=HYPERLINK(1),x"/' "$work/csv/data/organisaties/levantogroep-vrouwenopvang.yaml"
"$bin" check --verouderd --format csv --data "$work/csv/data" --vandaag 2026-11-22 >"$work/csv.out" 2>/dev/null
expect_grep "csv formula neutralised" ",\"'=HYPERLINK(1),x\"" "$work/csv.out"

# 2. new: each kind gives a file that passes check in the example data (no errors),
#    refuses to overwrite, and rejects bad kinds and ids.
mkdir -p "$work/new" && cp -r "$src/data" "$src/content" "$work/new/"
cd "$work/new"
for kind in organisatie training agenda overleg; do
  "$bin" new "$kind" "nieuw-$kind" --vandaag 2026-11-22 >"$work/new.out" 2>&1; expect_exit "new $kind" 0 $?
  case $kind in organisatie) dir=organisaties;; training) dir=trainingen;; agenda) dir=agenda;; overleg) dir=overleggen;; esac
  [[ -f "data/$dir/nieuw-$kind.yaml" ]]; expect_exit "new $kind wrote data/$dir/nieuw-$kind.yaml" 0 $?
  "$bin" check --vandaag 2026-11-22 --format github >"$work/new.check" 2>&1; expect_exit "check after new $kind" 0 $?
  if grep -q '^::error' "$work/new.check"; then echo "FAIL: new $kind gives errors:"; cat "$work/new.check"; failures=$((failures + 1)); fi
  # Every key is explained: more comment lines than key lines.
  comments=$(grep -c '^ *#' "data/$dir/nieuw-$kind.yaml"); keys=$(grep -c '^[a-z_]*:' "data/$dir/nieuw-$kind.yaml")
  [[ $comments -gt $keys ]]; expect_exit "new $kind is commented" 0 $?
done
# Only the expected warnings: the new organisation has no AF and no netwerkcontact yet.
"$bin" check --vandaag 2026-11-22 --format github 2>/dev/null | grep nieuw- | cut -d, -f1,4 >"$work/new.warnings"
compare new-warnings.txt "$work/new.warnings"
cp data/organisaties/nieuw-organisatie.yaml "$work/before"
echo "naam: iets anders" >"$work/other"
"$bin" new organisatie nieuw-organisatie --vandaag 2026-11-22 >/dev/null 2>"$work/exists.txt"; expect_exit "new refuses overwrite" 2 $?
cmp -s data/organisaties/nieuw-organisatie.yaml "$work/before"; expect_exit "existing file untouched" 0 $?
expect_grep "says it exists" "bestaat al" "$work/exists.txt"
"$bin" new vereniging x >/dev/null 2>&1; expect_exit "new unknown kind" 2 $?
"$bin" new organisatie "Mijn Organisatie" >/dev/null 2>"$work/badid.txt"; expect_exit "new invalid id" 2 $?
expect_grep "suggests slug" "mijn-organisatie" "$work/badid.txt"
"$bin" new organisatie >/dev/null 2>&1; expect_exit "new without id" 2 $?

# 3. diff: the pull request of the acceptance.
mkdir -p "$work/pr" && cp -r "$src/data" "$src/content" "$work/pr/" && cp -r "$src/data" "$work/pr/oud"
cd "$work/pr"
#  a. a contact added (an aandachtsfunctionaris: NK502 for Gemeente Heerlen disappears)
python3_bin=/usr/bin/python3
$python3_bin - <<'PY'
import re
p = "data/organisaties/gemeente-heerlen.yaml"
s = open(p, encoding="utf-8").read()
s = s.replace("beheer:\n", """  - naam: Sanne Dassen
    functie: Aandachtsfunctionaris
    rollen: [aandachtsfunctionaris]
    email: s.dassen@gemeenteheerlen.example.nl
    af_training: 2026-03-12
    toestemming: 2026-11-02
beheer:
""", 1)
open(p, "w", encoding="utf-8").write(s)
#  b. an aanbod removed (the only one of Kredietbank Limburg)
p = "data/organisaties/kredietbank-limburg.yaml"
s = open(p, encoding="utf-8").read()
start = s.index("aanbod:\n"); end = s.index("beheer:\n")
open(p, "w", encoding="utf-8").write(s[:start] + s[end:])
#  c. a session moved (AF-training of May to June)
p = "data/trainingen/af-training.yaml"
s = open(p, encoding="utf-8").read()
s = s.replace('"2027-05-11 09:00"', '"2027-06-08 09:00"').replace('"2027-05-12 16:30"', '"2027-06-09 16:30"')
open(p, "w", encoding="utf-8").write(s)
#  d. two errors: a misspelt key and a misspelt specialisme
p = "data/organisaties/sociaal-wijkteam-kerkrade.yaml"
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(s.replace("telefoon: 045 123 5800", "telefon: 045 123 5800", 1))
p = "data/trainingen/mensenhandel-herkennen.yaml"
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(s.replace("criminele-uitbuiting]", "criminele-uitbuitng]", 1))
PY
"$bin" diff oud --vandaag 2026-11-22 >"$work/diff.md" 2>"$work/diff.err"; expect_exit "diff with errors exits 0" 0 $?
compare pr-diff.md "$work/diff.md"
[[ ! -s "$work/diff.err" ]]; expect_exit "diff writes nothing on stderr" 0 $?
"$bin" check --format github --vandaag 2026-11-22 >"$work/pr.github" 2>"$work/pr.github.err"; expect_exit "check on the pull request" 1 $?
compare pr-check.github "$work/pr.github"
# No change: an empty summary, exit 0.
"$bin" diff oud --data oud --vandaag 2026-11-22 >"$work/same.md" 2>&1; expect_exit "diff without change" 0 $?
compare diff-unchanged.md "$work/same.md"
"$bin" diff /nonexistent --vandaag 2026-11-22 >/dev/null 2>&1; expect_exit "diff missing old dir" 3 $?
"$bin" diff >/dev/null 2>&1; expect_exit "diff without old dir" 2 $?

# A file that is no longer readable YAML is named as such, not described as removed.
cp data/organisaties/gemeente-heerlen.yaml "$work/heerlen.bak"
echo 'naam: "niet afgesloten' >data/organisaties/gemeente-heerlen.yaml
"$bin" diff oud --vandaag 2026-11-22 >"$work/broken.md" 2>&1; expect_exit "diff with broken YAML" 0 $?
expect_grep "broken file named" 'Let op: `organisaties/gemeente-heerlen.yaml` kon niet als YAML gelezen worden' "$work/broken.md"
if grep -q "verwijderd:\*\* Gemeente Heerlen" "$work/broken.md"; then echo "FAIL: broken file shown as removed"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
cp "$work/heerlen.bak" data/organisaties/gemeente-heerlen.yaml

# 4. Markup from a pull request cannot format the comment or mention anybody.
sed -i 's/^naam: Gemeente Heerlen$/naam: "Gemeente <b>Heerlen<\/b> @org\/team [x](https:\/\/e.example) `code`"/' data/organisaties/gemeente-heerlen.yaml
"$bin" diff oud --vandaag 2026-11-22 >"$work/hostile.md" 2>&1
expect_grep "html escaped" 'Gemeente \\<b\\>Heerlen\\</b\\> \\@org/team \\\[x\\\](https://e.example) \\`code\\`' "$work/hostile.md"
# Outside the code span of the changed value, no unescaped markup is left.
if grep -v '^  - `naam`: ' "$work/hostile.md" | grep -q '[^\\]<b>'; then echo "FAIL: raw <b> in diff"; failures=$((failures + 1)); else passes=$((passes + 1)); fi
expect_grep "value with backticks in a longer fence" '^  - `naam`: `Gemeente Heerlen` → `` Gemeente <b>Heerlen</b> @org/team \[x\](https://e.example) `code` ``$' "$work/hostile.md"

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]

#!/usr/bin/env bash
# scripts/ci, the one script the GitHub workflow runs, on a copy of the repository:
#   pr with errors: exit 1, the annotations on stdout, the diff and ALL diagnostics (more
#   than the ten GitHub shows per step) in the job summary;
#   pr without errors: exit 0;  site: the site with its monitor.
# And the workflow file's project rules (python3-yaml); actionlint checks its syntax and
# expressions (workflow.actionlint, tests/scripts/test_workflow_lint.sh).
# Usage: test_ci.sh <netwerkkaart binary> <source dir>
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() { if eval "$2"; then ok; else fail "$1"; fi; }

export SOURCE_DATE_EPOCH=1795305600  # 2026-11-22
export NETWERKKAART=$bin
unset GITHUB_STEP_SUMMARY GITHUB_BASE_REF

repo=$work/repo
mkdir -p "$repo/scripts"
cp -r "$src/data" "$src/content" "$repo/"
cp "$src/scripts/ci" "$repo/scripts/"
(cd "$repo" && git init -q -b main && git -c user.name=t -c user.email=t@example.nl add -A &&
  git -c user.name=t -c user.email=t@example.nl commit -qm basis) || { echo "git init failed"; exit 1; }
cd "$repo"

# 1. A pull request with twelve errors (one misspelt key in twelve files) and a new contact.
n=0
for f in data/organisaties/*.yaml; do
  [[ $n -ge 12 ]] && break
  if grep -q '^website:' "$f"; then sed -i 's/^website:/webiste:/' "$f"; n=$((n + 1)); fi
done
expect "twelve files changed" '[[ $n -eq 12 ]]'
sed -i 's/^beheer:/  - naam: Sanne Dassen\n    rollen: [aandachtsfunctionaris]\n    toestemming: 2026-11-02\nbeheer:/' data/organisaties/gemeente-heerlen.yaml
GITHUB_STEP_SUMMARY=$work/summary.md scripts/ci pr --basis main >"$work/out.txt" 2>"$work/err.txt"; code=$?
expect "pr with errors exits 1 (got $code)" '[[ $code -eq 1 ]]'
expect "12 error annotations on stdout" '[[ $(grep -c "^::error file=data/organisaties/.*title=NK101::onbekende sleutel .webiste." "$work/out.txt") -eq 12 ]]'
"$bin" check --format github >"$work/direct.txt" 2>/dev/null
expect "annotations are the exact check output" 'diff "$work/direct.txt" "$work/out.txt"'
expect "summary has the diff" 'grep -q "^## Wat deze wijziging verandert" "$work/summary.md"'
expect "summary names the new contact" 'grep -q "contactpersoon toegevoegd: Sanne Dassen (\`sanne-dassen\`)" "$work/summary.md"'
expect "summary counts the errors" 'grep -q "^\*\*12 fouten\*\*" "$work/summary.md"'
expect "summary has all 12 errors in full (more than GitHub's ten annotations)" \
  '[[ $(grep -c "fout NK101: onbekende sleutel .webiste." "$work/summary.md") -eq 12 ]]'
expect "the warning that went away is listed" 'grep -q "Verdwenen waarschuwingen (1)" "$work/summary.md"'
expect "stderr says why it failed" 'grep -q "de gegevens hebben fouten" "$work/err.txt"'

# 2. Without errors: exit 0; the old data given as a folder (as the workflow does).
git stash -q
sed -i 's/^beheer:/  - naam: Sanne Dassen\n    rollen: [aandachtsfunctionaris]\n    toestemming: 2026-11-02\nbeheer:/' data/organisaties/gemeente-heerlen.yaml
mkdir -p "$work/oud" && git archive main data | tar -x -C "$work/oud"
scripts/ci pr --oud "$work/oud/data" --samenvatting "$work/clean.md" >/dev/null 2>&1; code=$?
expect "clean pr exits 0 (got $code)" '[[ $code -eq 0 ]]'
expect "clean summary: no errors" 'grep -q "^Geen fouten\.$" "$work/clean.md"'
expect "clean summary: one contact added" 'grep -q "^| Contactpersonen | 1 | 0 | 0 |$" "$work/clean.md"'

# 3. Data that fences could not hold: a name with backticks stays inside the code block.
sed -i 's/^naam: Gemeente Heerlen$/naam: "Gemeente ```` Heerlen"/' data/organisaties/gemeente-heerlen.yaml
echo 'web````iste: x' >>data/organisaties/gemeente-heerlen.yaml
scripts/ci pr --oud "$work/oud/data" --samenvatting "$work/fence.md" >/dev/null 2>&1
expect "fence longer than backticks in data" 'grep -q "^\`\`\`\`\`$" "$work/fence.md"'

# 4. site: the portal with its monitor.
git checkout -q -- data
scripts/ci site --out "$work/site" >/dev/null 2>&1; code=$?
expect "site exits 0" '[[ $code -eq 0 ]]'
expect "site has index and monitor" '[[ -f "$work/site/index.html" && -f "$work/site/monitor/index.html" ]]'
scripts/ci frobnicate >/dev/null 2>&1; expect "unknown mode exits 2" '[[ $? -eq 2 ]]'

# 5. Which old data `pr` compares with, and that it says so (stderr and summary).
fresh() {  # a repository with the example data committed on branch $1, in $work/$2
  rm -rf "$work/$2" && mkdir -p "$work/$2/scripts" && cp -r "$src/data" "$src/content" "$work/$2/" &&
    cp "$src/scripts/ci" "$work/$2/scripts/" && cd "$work/$2" &&
    git init -q -b "$1" && git add -A && git -c user.name=t -c user.email=t@example.nl commit -qm basis
}
add_contact() {
  sed -i "s/^beheer:/  - naam: $1\n    rollen: [aandachtsfunctionaris]\n    toestemming: 2026-11-02\nbeheer:/" data/organisaties/$2.yaml
}
commit() { git -c user.name=t -c user.email=t@example.nl commit -qam "$1"; }
# 5a. Main has moved on since the branch split off: only the branch's change counts.
fresh main mainrepo
git checkout -q -b partner && add_contact "Sanne Dassen" gemeente-heerlen && commit partner
git checkout -q main && add_contact "Piet Later" gemeente-maastricht && commit later && git checkout -q partner
scripts/ci pr --samenvatting "$work/split.md" >/dev/null 2>"$work/split.err"; code=$?
expect "split: exit 0 (got $code)" '[[ $code -eq 0 ]]'
expect "split: compared with main where the branch splits off" 'grep -q "^Vergeleken met \`main\` op het punt waar deze tak ervan afsplitst (commit [0-9a-f]*)\.$" "$work/split.md"'
expect "split: stderr says so too" 'grep -q "^scripts/ci: vergeleken met \`main\` op het punt" "$work/split.err"'
expect "split: only the branch's contact is added" 'grep -q "^| Contactpersonen | 1 | 0 | 0 |$" "$work/split.md" && grep -q "Sanne Dassen" "$work/split.md" && ! grep -q "Piet Later" "$work/split.md"'
# --basis names the branch explicitly; a wrong one stops with a Dutch message.
scripts/ci pr --basis main --samenvatting "$work/basis.md" >/dev/null 2>&1
expect "split: --basis main gives the same comparison" 'diff "$work/split.md" "$work/basis.md"'
scripts/ci pr --basis bestaat-niet >/dev/null 2>"$work/wrong.err"; code=$?
expect "a wrong --basis exits 2 (got $code)" '[[ $code -eq 2 ]] && grep -q "^scripts/ci: --basis bestaat-niet bestaat niet in git" "$work/wrong.err"'
scripts/ci pr --oud "$work/geen-map" >/dev/null 2>"$work/wrong.err"; code=$?
expect "a missing --oud folder exits 2 (got $code)" '[[ $code -eq 2 ]] && grep -q "bestaat niet" "$work/wrong.err"'
# 5b. No main, master or origin (a branch of another name): the last commit, said plainly;
# the uncommitted contact is the only change, not every entry.
fresh werk werkrepo
add_contact "Sanne Dassen" gemeente-heerlen
scripts/ci pr --samenvatting "$work/head.md" >/dev/null 2>"$work/head.err"; code=$?
expect "no main: exit 0 (got $code)" '[[ $code -eq 0 ]]'
expect "no main: compared with the last commit, and why" 'grep -q "^Vergeleken met de laatste commit ([0-9a-f]*), want origin/main, main en master ontbreken" "$work/head.md"'
expect "no main: one contact added, one organisation changed, none added" 'grep -q "^| Contactpersonen | 1 | 0 | 0 |$" "$work/head.md" && grep -q "^| Organisaties | 0 | 0 | 1 |$" "$work/head.md"'
# 5c. No git at all: no comparison, and the summary says so instead of calling all new.
rm -rf .git
scripts/ci pr --samenvatting "$work/nogit.md" >/dev/null 2>"$work/nogit.err"; code=$?
expect "no git: exit 0 (got $code)" '[[ $code -eq 0 ]]'
expect "no git: 'Niet vergeleken' in summary and on stderr" 'grep -q "^Niet vergeleken: geen git-repository en geen --oud MAP" "$work/nogit.md" && grep -q "niet vergeleken" "$work/nogit.err"'
expect "no git: nothing called added" '! grep -q "toegevoegd:" "$work/nogit.md"'
expect "no git: all diagnostics still there" 'grep -q "^### Alle meldingen" "$work/nogit.md"'
cd "$repo"

# 6. The workflow file.
/usr/bin/python3 - "$src/.github/workflows/netwerkkaart.yml" <<'PY' || failures=$((failures + 1))
import re, sys, yaml
wf = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
problems = []
def need(ok, what):
    if not ok: problems.append(what)
on = wf.get(True) or wf.get("on")  # YAML 1.1 reads the key `on` as true
need(isinstance(on, dict) and "pull_request" in on, "runs on pull_request")
need("main" in (on.get("push") or {}).get("branches", []), "runs on push to main")
need(wf.get("permissions") == {"contents": "read"}, "read-only token by default")
jobs = wf["jobs"]
for name, job in jobs.items():
    need(isinstance(job.get("runs-on"), str), f"{name}: runs-on")
    need(set(job) <= {"name", "if", "needs", "runs-on", "container", "timeout-minutes", "permissions",
                      "environment", "steps", "env", "concurrency", "outputs", "strategy"}, f"{name}: known keys only")
    for step in job["steps"]:
        need(("uses" in step) != ("run" in step), f"{name}: a step has either uses or run: {step}")
        need(set(step) <= {"name", "id", "if", "uses", "run", "with", "env", "shell", "working-directory",
                           "continue-on-error", "timeout-minutes"}, f"{name}: known step keys: {sorted(step)}")
        if "uses" in step:
            need(re.fullmatch(r"[\w.-]+/[\w.-]+@v\d+", step["uses"]) is not None, f"{name}: pinned action {step['uses']}")
        if "run" in step:
            need("${{" not in step["run"], f"{name}: no expressions inside run (script injection)")
    if "needs" in job:
        need(job["needs"] in jobs, f"{name}: needs an existing job")
runs = lambda job: " ".join(s.get("run", "") for s in jobs[job]["steps"])
uses = lambda job: [s.get("uses", "") for s in jobs[job]["steps"]]
pr = [j for j in jobs if "pull_request" in jobs[j].get("if", "") and "!=" not in jobs[j].get("if", "")]
need(len(pr) == 1 and "scripts/ci pr" in runs(pr[0]), "the pull-request job runs scripts/ci pr")
site = [j for j in jobs if "scripts/ci site" in runs(j)]
need(len(site) == 1 and any(u.startswith("actions/upload-pages-artifact@") for u in uses(site[0])),
     "the main job builds with scripts/ci site and uploads a Pages artifact")
upload = [s for s in jobs[site[0]]["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@")][0]
need(upload["with"]["path"] == "site" and "--out site" in runs(site[0]), "the artifact is the built site")
deploy = [j for j in jobs if any(u.startswith("actions/deploy-pages@") for u in uses(j))]
need(len(deploy) == 1 and jobs[deploy[0]]["permissions"] == {"pages": "write", "id-token": "write"},
     "deploy job with pages/id-token permissions only")
for p in problems:
    print("FAIL: workflow:", p)
print(f"workflow: {'ok' if not problems else str(len(problems)) + ' problems'}")
sys.exit(1 if problems else 0)
PY
[[ $? -eq 0 ]] && ok

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]

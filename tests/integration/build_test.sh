#!/usr/bin/env bash
# Integration tests of `netwerkkaart build`: hostile text in every field never becomes
# markup; no secret or unpublished person reaches any output byte in either profile;
# same input and --vandaag give the same bytes; a failing build leaves the previous site
# as it was; a --theme replaces single templates.
# Usage: build_test.sh <netwerkkaart binary> <source dir>
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
scan="/usr/bin/python3 $src/tests/integration/scan_site.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passes=0
failures=0
ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() { if [[ "$2" == "$3" ]]; then ok; else fail "$1: got $3, expected $2"; fi; }
run_scan() { if $scan "$@" >"$work/scan.txt" 2>&1; then ok; else fail "scan $1 $2"; cat "$work/scan.txt" | tail -15; fi; }

cd "$src"
build() { "$bin" build --vandaag 2026-11-22 "$@" 2>"$work/build.err"; }

# 1. The example: builds, no markup from data, same bytes twice and with one thread.
build --out "$work/site"; expect "example build" 0 $?
run_scan markup "$work/site"
run_scan structured "$work/site"
build --out "$work/site2" -j 1; expect "example build -j 1" 0 $?
if diff -r "$work/site" "$work/site2" >/dev/null; then ok; else fail "two builds differ"; diff -rq "$work/site" "$work/site2" | head -5; fi
# The maps: the first build laid them out cold in worker processes, the second took them
# from the cache beside --out; a third lays them out in this process into a cache of its
# own. All three give the same bytes.
if [[ -d "$work/.netwerkkaart-cache" ]]; then ok; else fail "no layout cache beside --out"; fi
build --out "$work/site3" -j 1 --cache "$work/own-cache"; expect "build with --cache" 0 $?
if diff -r "$work/site" "$work/site3" >/dev/null; then ok; else fail "maps laid out in-process differ from the workers' or the cache's"; diff -rq "$work/site" "$work/site3" | head -5; fi
if [[ -s "$work/own-cache/kaarten.cache" ]]; then ok; else fail "--cache: no layouts written there"; fi
for page in organisaties/veilig-thuis-zuid-limburg specialismen/huiselijk-geweld gemeenten/maastricht overleggen/mda-plus-plus \
            routes/meldcode-van-signaal-naar-besluit kaart; do
  if grep -q 'class="map__drawing" role="img"' "$work/site/$page/index.html"; then ok; else fail "$page: no map"; fi
done
if grep -q 'class="map__drawing" role="img"' "$work/site/overleggen/index.html"; then ok; else fail "overleggen: no opschalingsstructuur"; fi

# 2. Privacy, with the secrets read from the YAML by the scanner itself.
run_scan absent "$work/site" "$src/data" professionals
build --out "$work/open" --profiel openbaar; expect "openbaar build" 0 $?
run_scan absent "$work/open" "$src/data" openbaar
run_scan markup "$work/open"
if grep -q 'name="robots" content="noindex' "$work/site/index.html"; then ok; else fail "professionals pages lack noindex"; fi
if grep -q 'noindex' "$work/open/index.html"; then fail "openbaar pages carry noindex"; else ok; fi
if grep -q 'Disallow: /' "$work/site/robots.txt"; then ok; else fail "professionals robots.txt does not disallow all"; fi

# 3. A failing build leaves the previous site untouched, and no staging folders behind.
cp -r "$src/data" "$work/data-broken"
sed -i 's/^soort: veilig-thuis/soort: veilig-thuiz/' "$work/data-broken/organisaties/veilig-thuis-zuid-limburg.yaml"
before=$(cd "$work/site" && find . -type f -exec sha256sum {} + | sort | sha256sum)
"$bin" build --vandaag 2026-11-22 --data "$work/data-broken" --out "$work/site" 2>"$work/broken.err"; expect "build with a data error" 1 $?
after=$(cd "$work/site" && find . -type f -exec sha256sum {} + | sort | sha256sum)
expect "previous site after a failed build" "$before" "$after"
if grep -q "NK303" "$work/broken.err"; then ok; else fail "the failed build does not say why"; fi
if ls -a "$work" | grep -q '\.nieuw\|\.oud'; then fail "staging folders left behind"; else ok; fi

# 3b. A rebuild keeps unchanged files as they were (same inode, same mtime), writes what
#     changed, and drops the pages of removed entities.
cp -r "$src/data" "$work/data-re"
build --data "$work/data-re" --out "$work/re"; expect "first build" 0 $?
snapshot() { (cd "$work/re" && find . -type f -printf '%p %i %T@\n' | sort); }
first=$(snapshot)
build --data "$work/data-re" --out "$work/re"; expect "rebuild, nothing changed" 0 $?
expect "files kept by a rebuild with nothing changed" "$first" "$(snapshot)"
if grep -q ', 0 nieuw of gewijzigd' "$work/build.err"; then ok; else fail "rebuild message: $(cat "$work/build.err")"; fi
sed -i "s/^naam: Trajekt/naam: Trajekt Zuid/" "$work/data-re/organisaties/trajekt.yaml"
rm "$work/data-re/organisaties/kinderopvang-kwetternest.yaml"
build --data "$work/data-re" --out "$work/re"; expect "rebuild after a change" 0 $?
second=$(snapshot)
changed=$(comm -13 <(echo "$first") <(echo "$second") | cut -d' ' -f1)
if grep -qx './organisaties/trajekt/index.html' <<<"$changed"; then ok; else fail "the changed page was not rewritten"; fi
if grep -q kwetternest <<<"$(cd "$work/re" && find . -path "*kwetternest*")"; then fail "pages of a removed organisation remain"; else ok; fi
if grep -qx './begrippen/index.html' <<<"$changed"; then fail "an unchanged page was rewritten"; else ok; fi

# 3c. Progress on a terminal (here a pseudo-terminal from script(1)), for builds longer than
#     NETWERKKAART_VOORTGANG_NA ms (1000 by default); never in a pipe or with CI set.
if command -v script >/dev/null; then
  env -u CI NETWERKKAART_VOORTGANG_NA=0 script -qec "'$bin' build --vandaag 2026-11-22 --out '$work/prog'" /dev/null >"$work/tty.txt" 2>&1
  if grep -q 'bestanden, [0-9]* MB' "$work/tty.txt"; then ok; else fail "no progress on a terminal: $(head -c 300 "$work/tty.txt")"; fi
  CI=1 NETWERKKAART_VOORTGANG_NA=0 script -qec "'$bin' build --vandaag 2026-11-22 --out '$work/prog'" /dev/null >"$work/tty.txt" 2>&1
  if grep -q 'bestanden, [0-9]* MB' "$work/tty.txt"; then fail "progress shown in CI"; else ok; fi
fi
NETWERKKAART_VOORTGANG_NA=0 build --out "$work/prog"
if grep -q 'bestanden, [0-9]* MB' "$work/build.err"; then fail "progress shown in a pipe"; else ok; fi

# 4. A theme directory replaces single templates and leaves the rest.
mkdir -p "$work/theme/templates"
printf '<h1>{{title}}</h1>\n<p>Eigen thema: deze pagina bestaat niet.</p>\n' > "$work/theme/templates/not-found.mustache"
build --out "$work/themed" --theme "$work/theme"; expect "build with --theme" 0 $?
if grep -q "Eigen thema" "$work/themed/404.html" && cmp -s "$work/themed/index.html" "$work/site/index.html"; then ok; else fail "--theme did not replace exactly one template"; fi

# 5. Hostile text in every text field of every kind.
set_dir="$work/hostile"
cp -r "$src/tests/fixtures/minimal" "$set_dir"
P='<script>alert(1)</script>"><img src=x onerror=alert(1)>{{site_title}}{{{content_html}}}{{> layout}}'
M='<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="https://evil.example/"></iframe> [ok](https://example.nl) {{site_title}} ![x](https://evil.example/x.png)'
cat > "$set_dir/data/site.yaml" <<YAML
titel: 'Netwerkkaart $P'
regio: 'Regio $P'
beheer:
  naam: '$P'
  email: netwerk@testregio.example.nl
veilig_thuis: veilig-thuis
YAML
cat > "$set_dir/data/gemeenten.yaml" <<YAML
- id: heerlen
  naam: 'Heerlen $P'
  subregio: '$P'
- id: maastricht
  naam: Maastricht
YAML
cat > "$set_dir/data/soorten.yaml" <<YAML
- id: veilig-thuis
  naam: 'Veilig Thuis $P'
- id: wijkteam
  naam: Wijkteam
- id: vrouwenopvang
  naam: Vrouwenopvang
YAML
cat > "$set_dir/data/specialismen.yaml" <<YAML
- id: huiselijk-geweld
  naam: 'Huiselijk geweld $P'
  omschrijving: '$M'
  synoniemen: ['$P']
- id: mensenhandel
  naam: Mensenhandel
  valt_onder: huiselijk-geweld
YAML
cat > "$set_dir/data/begrippen.yaml" <<YAML
- id: aandachtsfunctionaris
  term: 'Aandachtsfunctionaris $P'
  afkorting: '$P'
  uitleg: '$M'
  zie_ook: [meldcode]
- id: meldcode
  term: Meldcode
YAML
cat > "$set_dir/data/organisaties/veilig-thuis.yaml" <<YAML
naam: 'Veilig Thuis $P'
afkorting: '$P'
soort: veilig-thuis
omschrijving: '$M'
consultatie: '$M'
bereikbaarheid: '$P'
telefoon: 0800-2000
adres:
  straat: 'Straat $P'
  postcode: '$P'
  plaats: '$P'
werkgebied: regio
specialismen: [huiselijk-geweld]
relaties:
  - organisatie: wijkteam-heerlen
    soort: werkt-samen-met
    toelichting: '$P'
contactpersonen:
  - id: anna
    naam: 'Anna $P'
    functie: '$P'
    bereikbaarheid: '$P'
    rollen: [aandachtsfunctionaris, netwerkcontact]
    email: a.devries@veiligthuis.example.nl
    toestemming: 2025-01-10
aanbod:
  - id: advies-veilig-thuis
    naam: 'Advies $P'
    soort: consultatie
    omschrijving: '$M'
    wachttijd: '$P'
    kosten: '$P'
    toegang:
      - route: consultatie
        toelichting: '$P'
    contact: anna
beheer:
  contact: beheer@veiligthuis.example.nl
  gecontroleerd: 2026-06-01
YAML
cat > "$set_dir/data/overleggen/mdo.yaml" <<YAML
naam: 'Overleg $P'
afkorting: '$P'
soort: casusoverleg
doel: '$M'
aanmeldcriteria: '$M'
frequentie: '$P'
voorzitter: veilig-thuis
deelnemers: [veilig-thuis, wijkteam-heerlen]
opschaling:
  laag: 2
  escaleert_naar: [stuurgroep]
beheer:
  contact: beheer@veiligthuis.example.nl
  gecontroleerd: 2026-06-01
YAML
cat > "$set_dir/data/trainingen/meldcode.yaml" <<YAML
naam: 'Training $P'
aanbieder: veilig-thuis
omschrijving: '$M'
accreditatie: '$P'
sessies:
  - start: 2027-02-04 09:30
    eind: 2027-02-04 12:30
    locatie: '$P'
beheer:
  contact: beheer@veiligthuis.example.nl
  gecontroleerd: 2026-06-01
YAML
cat > "$set_dir/data/agenda/orange-the-world.yaml" <<YAML
naam: 'Campagne $P'
omschrijving: '$M'
werkgroep: '$P'
acties: '$M'
materialen:
  - titel: '$P'
    url: https://example.nl/materiaal
jaarlijks:
  maand: 11
  dag: 25
beheer:
  contact: beheer@veiligthuis.example.nl
  gecontroleerd: 2026-06-01
YAML
cat > "$set_dir/data/routes/meldcode.yaml" <<YAML
naam: 'Route $P'
omschrijving: '$M'
stappen:
  - id: signaleren
    titel: 'Stap $P'
    uitleg: '$M'
    volgende:
      - stap: wegen
        als: '$P'
  - id: wegen
    titel: Wegen
beheer:
  contact: beheer@veiligthuis.example.nl
  gecontroleerd: 2026-06-01
YAML
cat > "$set_dir/content/over.md" <<MD
---
titel: 'Over $P'
samenvatting: '$P'
menu: 1
---
$M

<div onclick="alert(1)">raw</div>
MD
"$bin" check --data "$set_dir/data" --content "$set_dir/content" --vandaag 2026-11-22 >"$work/hostile-check.txt" 2>&1
expect "check of the hostile set (text is allowed anywhere)" 0 $?
"$bin" build --data "$set_dir/data" --content "$set_dir/content" --vandaag 2026-11-22 --out "$work/hostile-site" 2>/dev/null
expect "build of the hostile set" 0 $?
run_scan markup "$work/hostile-site"
run_scan literal "$work/hostile-site" '{{site_title}}{{{content_html}}}{{> layout}}'
"$bin" build --data "$set_dir/data" --content "$set_dir/content" --vandaag 2026-11-22 --out "$work/hostile-open" --profiel openbaar 2>/dev/null
run_scan markup "$work/hostile-open"

# Links with a dangerous scheme are refused by check, so they never reach a build.
sed -i 's|^omschrijving: .*|omschrijving: "[klik](javascript:alert(1)) en [ook](JaVaScRiPt:alert(2))"|' "$set_dir/data/organisaties/veilig-thuis.yaml"
sed -i 's|^telefoon: 0800-2000|website: " javascript:alert(3)"|' "$set_dir/data/organisaties/veilig-thuis.yaml"
"$bin" build --data "$set_dir/data" --content "$set_dir/content" --vandaag 2026-11-22 --out "$work/hostile-site" 2>"$work/js.err"
expect "build with javascript: links" 1 $?
expect "NK209 diagnostics for the Markdown links" 2 "$(grep -c 'NK209' "$work/js.err")"
expect "NK205 diagnostic for the website" 1 "$(grep -c 'NK205' "$work/js.err")"

# 404.html is shown at any missing path: with basis_url its links are absolute, so they
# work at any depth; the other pages stay relative (file:// and any sub-path).
cp -r "$src/data" "$work/data-base"
echo 'basis_url: https://kaart.example.nl/zl' >>"$work/data-base/site.yaml"
build --data "$work/data-base" --out "$work/site-base"; expect "build with basis_url" 0 $?
links=$(grep -o '\(href\|src\)="[^"#][^"]*"' "$work/site-base/404.html" | grep -v '"\(mailto\|tel\):')
expect "relative links in 404.html with basis_url" "" "$(grep -v '="https://kaart.example.nl/zl/' <<<"$links")"
if grep -q 'href="https://kaart.example.nl/zl/assets/netwerkkaart.css"' "$work/site-base/404.html"; then ok; else fail "404.html lacks its absolute stylesheet"; fi
expect "absolute links on other pages" "" "$(grep -l 'href="https://kaart.example.nl' "$work/site-base/organisaties/index.html" "$work/site-base/index.html")"

# Gemeente pages list region-wide aanbod up to ten per specialism (all of it in the example);
# past that they give the number and link to the specialism's aanbod, which lists at least
# that many. A synthetic set of 300 organisations has such specialisms.
expect "region-wide summaries in the example" "" "$(grep -l 'vormen van aanbod voor de hele regio' "$work"/site/gemeenten/*/index.html)"
"$src/scripts/synth" --schaal 300 --out "$work/synth/data" >/dev/null 2>&1; expect "synth 300" 0 $?
mkdir -p "$work/synth/content"
build --data "$work/synth/data" --content "$work/synth/content" --out "$work/synth/site"; expect "build synth 300" 0 $?
/usr/bin/python3 - "$work/synth/site" >"$work/regionwide.txt" 2>&1 <<'PY'
import pathlib, re, sys
site = pathlib.Path(sys.argv[1]); seen = 0; bad = []
for page in sorted(site.glob("gemeenten/*/index.html")):
    for n, href in re.findall(r'En (\d+) vormen van aanbod voor de hele regio: zie <a href="([^"#]*)#aanbod"', page.read_text()):
        seen += 1
        target = (page.parent / href).resolve().read_text()
        section = target.split('<h2 id="aanbod">', 1)[1].split("</section>", 1)[0].split("<h3>", 1)[0]
        if section.count("<li data-filter-item>") < int(n) or int(n) <= 10:
            bad.append(f"{page.parent.name}: {n} -> {href}")
print("summaries", seen, "bad", bad[:5])
sys.exit(0 if seen and not bad else 1)
PY
expect "region-wide summaries link to a list that long: $(cat "$work/regionwide.txt")" 0 $?

# 6. Usage: a bad profile is a usage error.
"$bin" build --profiel iedereen --out "$work/x" >/dev/null 2>&1; expect "bad --profiel" 2 $?

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]

#!/usr/bin/python3
"""The monitor's figures against figures computed here, independently, from the YAML.

Builds the example (both profiles), reads monitor/index.html and compares every figure:
the indicator counts and shares, who is on which side of each indicator, the specialismen
without aanspreekpunt, the whole gemeente x specialisme matrix, the stale entries and the
upcoming sessions per specialisme; and that each chart shows what its table says.
Usage: monitor_figures.py <netwerkkaart> <source dir>   (Debian python3 + python3-yaml)
"""
import calendar
import datetime as dt
import html.parser
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

TODAY = dt.date(2026, 11, 22)


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], ""

    def all(self, pred):
        for c in self.children:
            if pred(c):
                yield c
            yield from c.all(pred)

    def find(self, pred):
        return next(self.all(pred), None)

    def full_text(self):
        return (self.text + "".join(c.full_text() for c in self.children)).strip()


VOID = {"meta", "link", "br", "img", "input", "hr", "rect", "line", "path", "source"}


class Tree(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.root = Node("root", [], None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.text += data


def as_date(v):
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def as_datetime(v):
    if isinstance(v, dt.datetime):
        return v
    return dt.datetime.fromisoformat(str(v).replace("T", " "))


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def expected_figures(data, profile):
    site = load(data / "site.yaml")
    months = site.get("verouderd_na_maanden", 12)
    gemeenten = [g["id"] for g in load(data / "gemeenten.yaml")]
    specialismen = [s["id"] for s in load(data / "specialismen.yaml")]
    orgs = {}
    for p in sorted((data / "organisaties").glob("*.yaml")):
        o = load(p)
        o["id"] = o.get("id", p.stem)
        # What the profile publishes: consent not after today, and in openbaar only public persons.
        o["contactpersonen"] = [
            c for c in o.get("contactpersonen", [])
            if as_date(c["toestemming"]) <= TODAY and (profile == "professionals" or c.get("publicatie") == "openbaar")]
        orgs[o["id"]] = o
    partners = sorted(i for i, o in orgs.items() if o.get("ring", "keten") == "keten")

    def af(c):
        return "aandachtsfunctionaris" in c["rollen"]

    rules = {
        "aandachtsfunctionaris": lambda o: any(af(c) for c in o["contactpersonen"]),
        "getrainde-af": lambda o: any(af(c) and "af_training" in c for c in o["contactpersonen"]),
        "basiskennis": lambda o: any(af(c) and {"trauma", "gezinsprofielen"} <= set(c.get("basiskennis", []))
                                     for c in o["contactpersonen"]),
        "netwerkcontact": lambda o: any("netwerkcontact" in c["rollen"] for c in o["contactpersonen"]),
        "intentieverklaring": lambda o: "intentieverklaring" in o,
        "meldcodeprotocol": lambda o: o.get("meldcodeprotocol") is True,
    }
    indicators = {k: (sorted(i for i in partners if f(orgs[i])), sorted(i for i in partners if not f(orgs[i])))
                  for k, f in rules.items()}

    direct = set()
    for o in orgs.values():
        for c in o["contactpersonen"]:
            if "aanspreekpunt" in c["rollen"]:
                direct |= set(c.get("specialismen", []))
    without = [s for s in specialismen if s not in direct]

    coverage = {(g, s): False for g in gemeenten for s in specialismen}
    for o in orgs.values():
        offered = set()
        for c in o["contactpersonen"]:
            if "aanspreekpunt" in c["rollen"]:
                offered |= set(c.get("specialismen", []))
        for a in o.get("aanbod", []):
            offered |= set(a.get("specialismen", []))
        area = o.get("werkgebied", "regio")
        for g in (gemeenten if area == "regio" else area):
            for s in offered:
                coverage[(g, s)] = True

    stale = set()
    for folder, kind in [("organisaties", "organisatie"), ("overleggen", "overleg"), ("trainingen", "training"),
                         ("agenda", "agenda"), ("routes", "route")]:
        for p in sorted((data / folder).glob("*.yaml")):
            e = load(p)
            checked = as_date(e["beheer"]["gecontroleerd"])
            if checked <= TODAY and add_months(checked, months) < TODAY:
                stale.add((kind, e["naam"]))

    sessions = {s: 0 for s in specialismen}
    start_of_today = dt.datetime.combine(TODAY, dt.time())
    for p in sorted((data / "trainingen").glob("*.yaml")):
        t = load(p)
        n = sum(1 for x in t.get("sessies", [])
                if x.get("status", "gepland") != "geannuleerd" and as_datetime(x["start"]) >= start_of_today)
        for s in t.get("specialismen", []):
            sessions[s] += n
    return {"partners": partners, "indicators": indicators, "without": without, "coverage": coverage,
            "gemeenten": gemeenten, "specialismen": specialismen, "stale": stale,
            "sessions": {s: n for s, n in sessions.items() if n}}


def href_id(href, section):
    m = re.search(section + r"/([a-z0-9-]+)/index\.html$", href)
    assert m, f"link {href!r} is not to {section}/<id>/index.html"
    return m.group(1)


def page_figures(page, gemeente_names):
    t = Tree()
    t.feed(page.read_text(encoding="utf-8"))
    root = t.root
    by_id = lambda i: root.find(lambda n: n.attrs.get("id") == i)
    got = {"indicator_rows": {}, "indicators": {}}
    for tr in by_id("tabel-indicatoren").all(lambda n: n.tag == "tr" and "data-indicator" in n.attrs):
        tds = [c.full_text() for c in tr.children if c.tag == "td"]
        got["indicator_rows"][tr.attrs["data-indicator"]] = tds
    for d in root.all(lambda n: n.tag == "details" and "data-indicator" in n.attrs):
        lists = {}
        for side in ("wel", "niet"):
            ul = d.find(lambda n: n.tag == "ul" and n.attrs.get("data-list") == side)
            lists[side] = sorted(href_id(a.attrs["href"], "organisaties") for a in ul.all(lambda n: n.tag == "a")) if ul else []
        got["indicators"][d.attrs["data-indicator"]] = (lists["wel"], lists["niet"])
    ul = by_id("lijst-zonder-aanspreekpunt")
    got["without"] = [href_id(a.attrs["href"], "specialismen") for a in ul.all(lambda n: n.tag == "a")] if ul else []
    table = by_id("tabel-dekking")
    head = [th.full_text() for th in table.find(lambda n: n.tag == "thead").all(lambda n: n.tag == "th")][1:]
    got["gemeenten"] = [gemeente_names[h] for h in head]
    got["coverage"] = {}
    got["specialismen"] = []
    for tr in table.find(lambda n: n.tag == "tbody").all(lambda n: n.tag == "tr"):
        s = tr.attrs["data-specialisme"]
        got["specialismen"].append(s)
        cells = [c.full_text() for c in tr.children if c.tag == "td"]
        assert all(c in ("ja", "nee") for c in cells), cells
        for g, c in zip(got["gemeenten"], cells):
            got["coverage"][(g, s)] = c == "ja"
    got["stale"] = set()
    st = by_id("tabel-verouderd")
    if st:
        for tr in st.find(lambda n: n.tag == "tbody").all(lambda n: n.tag == "tr"):
            tds = [c.full_text() for c in tr.children if c.tag == "td"]
            got["stale"].add((tds[0], tds[1]))
    got["sessions"] = {}
    ss = by_id("tabel-sessies")
    if ss:
        for tr in ss.find(lambda n: n.tag == "tbody").all(lambda n: n.tag == "tr"):
            a = tr.find(lambda n: n.tag == "a")
            got["sessions"][href_id(a.attrs["href"], "specialismen")] = int(tr.find(lambda n: n.tag == "td").full_text())
    # The charts: one bar per table row, labelled with the same figures.
    charts = {}
    for svg in root.all(lambda n: n.tag == "svg" and "monitor-chart" in n.attrs.get("class", "")):
        title = svg.find(lambda n: n.tag == "title").full_text()
        values = [x.full_text() for x in svg.all(lambda n: n.tag == "text" and "monitor-chart__value" in n.attrs.get("class", ""))]
        widths = [int(r.attrs["width"]) for r in svg.all(lambda n: n.tag == "rect")]
        charts[title] = (values, widths)
    got["charts"] = charts
    matrix = root.find(lambda n: n.tag == "svg" and "monitor-matrix" in n.attrs.get("class", ""))
    got["matrix_filled"] = sum(1 for r in matrix.all(lambda n: n.tag == "rect")
                               if "monitor-matrix__cell--covered" in r.attrs.get("class", ""))
    got["matrix_cells"] = sum(1 for r in matrix.all(lambda n: n.tag == "rect"))
    return got


def main():
    binary, src = sys.argv[1], pathlib.Path(sys.argv[2])
    data = src / "data"
    names = {g["naam"]: g["id"] for g in load(data / "gemeenten.yaml")}
    failures = []

    def check(what, got, want):
        if got != want:
            failures.append(f"{what}:\n  pagina:    {got}\n  berekend:  {want}")

    for profile in ("professionals", "openbaar"):
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([binary, "build", "--data", str(data), "--content", str(src / "content"), "--out",
                            out + "/site", "--profiel", profile, "--vandaag", TODAY.isoformat()],
                           check=True, capture_output=True)
            got = page_figures(pathlib.Path(out) / "site/monitor/index.html", names)
        want = expected_figures(data, profile)
        n = len(want["partners"])
        for key, (yes, no) in want["indicators"].items():
            pct = round(len(yes) * 100 / n) if n else 0
            check(f"{profile}: {key} in the table", got["indicator_rows"].get(key), [f"{len(yes)} van {n}", f"{pct}%"])
            check(f"{profile}: {key} wel/niet", got["indicators"].get(key), (yes, no))
        check(f"{profile}: indicators", sorted(got["indicators"]), sorted(want["indicators"]))
        check(f"{profile}: specialismen zonder aanspreekpunt", got["without"], want["without"])
        check(f"{profile}: gemeenten of the matrix", got["gemeenten"], want["gemeenten"])
        check(f"{profile}: specialismen of the matrix", got["specialismen"], want["specialismen"])
        check(f"{profile}: coverage matrix", {k for k, v in got["coverage"].items() if v},
              {k for k, v in want["coverage"].items() if v})
        check(f"{profile}: matrix cells", (got["matrix_cells"], got["matrix_filled"]),
              (len(want["coverage"]), sum(want["coverage"].values())))
        check(f"{profile}: stale entries", got["stale"], want["stale"])
        check(f"{profile}: upcoming sessions", got["sessions"], want["sessions"])
        ind_chart = got["charts"].get("Netwerkpartners per indicator")
        check(f"{profile}: indicator chart labels", ind_chart and ind_chart[0],
              [f"{len(yes)} ({round(len(yes) * 100 / n) if n else 0}%)" for yes, _ in want["indicators"].values()])
        check(f"{profile}: indicator bar lengths", ind_chart and ind_chart[1],
              [round(len(yes) * 230 / n) if yes else 0 for yes, _ in want["indicators"].values()])
        ses_chart = got["charts"].get("Komende trainingssessies per specialisme")
        check(f"{profile}: session chart labels", ses_chart and ses_chart[0],
              [str(want["sessions"][s]) for s in want["specialismen"] if s in want["sessions"]])
        if profile == "professionals":
            print(f"monitor ({profile}): {n} netwerkpartners; "
                  + ", ".join(f"{k} {len(v[0])}" for k, v in want["indicators"].items())
                  + f"; zonder aanspreekpunt {len(want['without'])}; gedekt {sum(want['coverage'].values())}"
                  + f" van {len(want['coverage'])}; verouderd {len(want['stale'])}; sessies {sum(want['sessions'].values())}")
    for f in failures:
        print("FAIL:", f)
    print(f"{'ok' if not failures else str(len(failures)) + ' failed'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

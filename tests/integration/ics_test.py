#!/usr/bin/python3
"""Acceptance test of the iCalendar feeds with Debian's python3-icalendar (issue 6).

  ics_test.py BINARY SOURCE_DIR

Builds the example (data/, content/) with --vandaag 2026-11-22 and parses every .ics file:
zero parse errors, only CRLF line ends, no line over 75 octets, a VTIMEZONE for every TZID,
and per feed the number of events that the YAML itself says (read here with python3-yaml,
not through the generator): sessions and dated agenda ranges that end no more than 90
days before today, one recurring event per yearly item, in the specialisme feeds with the
specialismen under it. RRULEs are expanded with python3-dateutil to the known dates;
cancelled sessions are STATUS:CANCELLED. Then a training whose naam and locatie hold CR/LF
and "BEGIN:VEVENT" must stay one escaped property of one event.
"""
import datetime
import pathlib
import shutil
import subprocess
import sys
import tempfile

import icalendar  # python3-icalendar
import yaml  # python3-yaml
from dateutil import rrule  # python3-dateutil

TODAY = datetime.date(2026, 11, 22)
CUTOFF = TODAY - datetime.timedelta(days=90)

failures = []
passes = 0


def check(ok, message):
    global passes
    if ok:
        passes += 1
    else:
        failures.append(message)


def build(binary, data, content, out):
    proc = subprocess.run([binary, "build", "--data", str(data), "--content", str(content), "--vandaag",
                           TODAY.isoformat(), "--out", str(out)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"build failed ({proc.returncode}): {proc.stderr}")


def parse(path):
    """The calendar of `path`, after checking its raw form."""
    raw = path.read_bytes()
    rel = path.name
    check(raw.endswith(b"\r\n"), f"{path}: does not end in CRLF")
    check(raw.count(b"\n") == raw.count(b"\r\n"), f"{path}: a line ends in a bare LF")
    check(raw.count(b"\r") == raw.count(b"\r\n"), f"{path}: a bare CR")
    for n, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        check(len(line) <= 75, f"{path}:{n}: {len(line)} octets: {line[:40]!r}...")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, f"{path}:{n}: a fold splits a UTF-8 sequence")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as e:  # noqa: BLE001 - any parse failure is the finding
        check(False, f"{rel}: does not parse: {e}")
        return None
    for component in cal.walk():
        check(not getattr(component, "errors", []), f"{path}: {component.name}: {component.errors}")
    check(cal.get("VERSION") == "2.0", f"{path}: VERSION")
    for key in ("PRODID", "X-WR-CALNAME", "NAME", "REFRESH-INTERVAL"):
        check(key in cal, f"{path}: no {key}")
    tzids = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    check(tzids == {"Europe/Amsterdam"}, f"{path}: VTIMEZONE {tzids}")
    uids = [str(e.get("UID")) for e in cal.walk("VEVENT")]
    check(len(uids) == len(set(uids)), f"{path}: a UID twice")
    for event in cal.walk("VEVENT"):
        for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            check(key in event, f"{path}: {event.get('UID')}: no {key}")
        start = event.decoded("DTSTART")
        if isinstance(start, datetime.datetime):
            check(event["DTSTART"].params.get("TZID") == "Europe/Amsterdam", f"{path}: timed event without TZID")
            check(start.tzinfo is not None, f"{path}: {event.get('UID')}: no time zone")
        else:
            check(event["DTSTART"].params.get("VALUE") == "DATE", f"{path}: all-day without VALUE=DATE")
            check(event.decoded("DTEND") > start, f"{path}: {event.get('UID')}: DTEND not after DTSTART (exclusive end)")
    return cal


def load_yaml(path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value)[:10])


def expected_counts(data):
    """feed path -> expected VEVENT count, and the cancelled session UIDs, from the YAML."""
    specs = load_yaml(data / "specialismen.yaml")
    parent = {s["id"]: s.get("valt_onder") for s in specs}

    def with_ancestors(ids):
        out = set()
        for s in ids or []:
            while s and s not in out:
                out.add(s)
                s = parent.get(s)
        return out

    counts = {"trainingen.ics": 0, "agenda.ics": 0}
    counts.update({f"specialismen/{s['id']}.ics": 0 for s in specs})
    cancelled, planned = set(), set()
    for path in sorted((data / "trainingen").glob("*.yaml")):
        t = load_yaml(path)
        for s in t["sessies"]:
            if as_date(s["eind"]) < CUTOFF:
                continue
            counts["trainingen.ics"] += 1
            for sp in with_ancestors(t.get("specialismen")):
                counts[f"specialismen/{sp}.ics"] += 1
            uid_prefix = f"{path.stem}-{as_date(s['start']).isoformat()}@"
            (cancelled if s.get("status") == "geannuleerd" else planned).add(uid_prefix)
    for path in sorted((data / "agenda").glob("*.yaml")):
        a = load_yaml(path)
        n = 1 if "jaarlijks" in a else sum(
            1 for d in a["datums"] if as_date(d.get("tot", d["van"])) >= CUTOFF)
        counts["agenda.ics"] += n
        for sp in with_ancestors(a.get("specialismen")):
            counts[f"specialismen/{sp}.ics"] += n
    return counts, cancelled, planned


def occurrences(event, year):
    """(first day, exclusive end) of each occurrence of a recurring all-day event in `year`."""
    start = event.decoded("DTSTART")
    length = event.decoded("DTEND") - start
    rule = rrule.rrulestr(event["RRULE"].to_ical().decode(), dtstart=datetime.datetime.combine(start, datetime.time()))
    days = rule.between(datetime.datetime(year, 1, 1), datetime.datetime(year, 12, 31, 23, 59), inc=True)
    return [(d.date(), d.date() + length) for d in days]


def test_example(binary, src, work):
    site = work / "site"
    build(binary, src / "data", src / "content", site)
    feeds = sorted(site.rglob("*.ics"))
    check(len(feeds) > 3, "no feeds")
    cals = {}
    for path in feeds:
        cal = parse(path)
        if cal is not None:
            cals[path.relative_to(site).as_posix()] = cal
    counts, cancelled, planned = expected_counts(src / "data")
    for feed, n in counts.items():
        check(feed in cals, f"{feed} missing")
        if feed in cals:
            got = len(cals[feed].walk("VEVENT"))
            check(got == n, f"{feed}: {got} events, expected {n}")
    # One file per session, each with one event.
    sessions = sum(len(load_yaml(p)["sessies"]) for p in (src / "data/trainingen").glob("*.yaml"))
    per_session = [f for f in cals if f.startswith("trainingen/")]
    check(len(per_session) == sessions, f"{len(per_session)} session files for {sessions} sessions")
    for f in per_session:
        check(len(cals[f].walk("VEVENT")) == 1, f"{f}: not one event")

    # Cancelled sessions, planned ones.
    status = {str(e["UID"]): str(e.get("STATUS")) for e in cals["trainingen.ics"].walk("VEVENT")}
    check(len(cancelled) >= 1, "the example has no cancelled session in the feed window")
    for prefix in cancelled:
        hits = [s for u, s in status.items() if u.startswith(prefix)]
        check(hits == ["CANCELLED"], f"cancelled session {prefix}: {hits}")
    for prefix in planned:
        hits = [s for u, s in status.items() if u.startswith(prefix)]
        check(hits == ["CONFIRMED"], f"session {prefix}: {hits}")

    # RRULE expansion.
    events = {str(e["UID"]).split("@")[0]: e for e in cals["agenda.ics"].walk("VEVENT")}
    wtk = events.get("week-tegen-kindermishandeling")
    otw = events.get("orange-the-world")
    check(wtk is not None and otw is not None, "yearly items missing from agenda.ics")
    if wtk is not None:
        check(occurrences(wtk, 2026) == [(datetime.date(2026, 11, 16), datetime.date(2026, 11, 23))],
              f"Week tegen Kindermishandeling 2026: {occurrences(wtk, 2026)}")
        check(occurrences(wtk, 2027) == [(datetime.date(2027, 11, 15), datetime.date(2027, 11, 22))],
              f"Week tegen Kindermishandeling 2027: {occurrences(wtk, 2027)}")
    if otw is not None:
        for year in (2026, 2027, 2028):
            check(occurrences(otw, year) == [(datetime.date(year, 11, 25), datetime.date(year, 12, 11))],
                  f"Orange the World {year}: {occurrences(otw, year)}")
    # The same in the theme's feed.
    kind = {str(e["UID"]).split("@")[0] for e in cals["specialismen/kindermishandeling.ics"].walk("VEVENT")}
    check("week-tegen-kindermishandeling" in kind, "the week is not in specialismen/kindermishandeling.ics")

    # Stable: a second build gives the same bytes.
    build(binary, src / "data", src / "content", work / "site2")
    for path in feeds:
        rel = path.relative_to(site)
        check((work / "site2" / rel).read_bytes() == path.read_bytes(), f"{rel} differs between two builds")


def test_injection(binary, src, work):
    fixture = work / "hostile"
    shutil.copytree(src / "tests/fixtures/minimal", fixture)
    name = "Meldcode\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:nep@evil\nSUMMARY:Nep; of, niet \\ echt"
    place = "Heerlen\r\nBEGIN:VALARM\r\nACTION:DISPLAY"
    doc = load_yaml(fixture / "data/trainingen/meldcode.yaml")
    doc["naam"], doc["sessies"][0]["locatie"] = name, place
    (fixture / "data/trainingen/meldcode.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    build(binary, fixture / "data", fixture / "content", work / "hostile-site")
    for rel in ("trainingen.ics", "trainingen/meldcode/2027-02-04.ics"):
        path = work / "hostile-site" / rel
        raw = path.read_bytes()
        check(raw.count(b"\r\nBEGIN:VEVENT\r\n") == 1, f"{rel}: BEGIN:VEVENT as a line more than once")
        check(b"\r\nBEGIN:VALARM" not in raw and b"\r\nUID:nep" not in raw, f"{rel}: injected line")
        cal = parse(path)
        if cal is None:
            continue
        events = cal.walk("VEVENT")
        check(len(events) == 1, f"{rel}: {len(events)} events")
        check(not cal.walk("VALARM"), f"{rel}: a VALARM from the data")
        if events:
            e = events[0]
            check(str(e["SUMMARY"]) == name.replace("\r\n", "\n"), f"{rel}: SUMMARY {str(e['SUMMARY'])!r}")
            check(str(e["LOCATION"]) == place.replace("\r\n", "\n"), f"{rel}: LOCATION {str(e['LOCATION'])!r}")
            check(str(e["UID"]).startswith("meldcode-2027-02-04@"), f"{rel}: UID {e['UID']}")


def test_subscribe_links(binary, src, work):
    """With basis_url the pages offer webcal:// subscriptions and the feeds use its host."""
    data = work / "data-with-url"
    shutil.copytree(src / "data", data)
    site_yaml = data / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "basis_url: https://kaart.example.nl/gia\n", encoding="utf-8")
    site = work / "site-with-url"
    build(binary, data, src / "content", site)
    pages = {
        "trainingen/index.html": "webcal://kaart.example.nl/gia/trainingen.ics",
        "agenda/index.html": "webcal://kaart.example.nl/gia/agenda.ics",
        "specialismen/kindermishandeling/index.html": "webcal://kaart.example.nl/gia/specialismen/kindermishandeling.ics",
    }
    for page, url in pages.items():
        check(f'href="{url}"' in (site / page).read_text(encoding="utf-8"), f"{page}: no link to {url}")
    cal = parse(site / "trainingen.ics")
    if cal is not None:
        check(str(cal.get("SOURCE")) == "https://kaart.example.nl/gia/trainingen.ics", f"SOURCE {cal.get('SOURCE')}")
        check(all(str(e["UID"]).endswith("@kaart.example.nl") for e in cal.walk("VEVENT")), "UIDs without the host")


def main():
    binary, src = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        test_example(binary, src, work)
        test_injection(binary, src, work)
        test_subscribe_links(binary, src, work)
    for f in failures[:40]:
        print("FAIL:", f)
    print(f"{passes} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

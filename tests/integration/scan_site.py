#!/usr/bin/env python3
"""Scans a built site for things that must never be in it.

  scan_site.py markup SITE         no markup from data: every tag and attribute in every HTML
                                   page is one the theme writes (no <script> but ours, no
                                   <img>/<iframe>/<object>, no on* attributes, no javascript:
                                   or data: links); JSON-LD parses as JSON.
  scan_site.py literal SITE TEXT   TEXT stands literally (escaped as HTML where needed) in at
                                   least one page: data shows up as written, not evaluated.
  scan_site.py structured SITE     schema.org JSON-LD: every organisation page describes its
                                   organisation and people, every contactpersonen page lists
                                   exactly the people it shows.
  scan_site.py absent SITE DATA    no secret of the data set in any byte of any file, for the
                                   profile given with --profiel: see secrets() below.

Prints 'N passed, N failed' and exits 1 on any failure.
"""
import html
import html.parser
import json
import pathlib
import re
import sys

import yaml  # python3-yaml

failures = []
passes = 0


def check(ok, message):
    global passes
    if ok:
        passes += 1
    else:
        failures.append(message)


# The network maps (render/maps/svg.cpp) are the only SVG: three kinds of <svg>, a fixed
# set of elements inside, and no presentation attribute but size and text placement (no
# fill, stroke or style: colours come from the theme's CSS).
# Inline SVG the generator draws itself (maps, the monitor's charts) has one of these
# classes and is made only of plain shapes, text and links; any other <svg>, or anything
# scriptable inside one, came from data.
SVG_CLASSES = {"map__drawing", "map__links", "map__swatch", "monitor-chart", "monitor-matrix"}
SVG_TAGS = {"g", "rect", "text", "tspan", "path", "polygon", "title", "desc", "a",
            "line", "polyline", "circle", "ellipse"}
SVG_ATTRIBUTES = {"class", "role", "aria-labelledby", "aria-hidden", "width", "height", "viewbox", "xmlns",
                  "id", "x", "y", "rx", "d", "points", "href", "text-anchor", "font-size",
                  # the monitor's charts: plain geometry and colours the generator chose
                  "x1", "y1", "x2", "y2", "fill", "stroke", "transform"}


class TagCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.in_ld = False
        self.ld = []
        self.svg_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "svg" or self.svg_depth:
            self.svg_depth += 1
            tag = "svg-part:" + tag
        self.tags.append((tag, attrs))
        self.in_ld = tag == "script" and ("type", "application/ld+json") in attrs
        if self.in_ld:
            self.ld.append("")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.svg_depth:
            self.svg_depth -= 1

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_ld = False
        if self.svg_depth:
            self.svg_depth -= 1

    def handle_data(self, data):
        if self.in_ld:
            self.ld[-1] += data




def scan_markup(site):
    pages = sorted(site.rglob("*.html"))
    check(len(pages) > 0, "no HTML pages in " + str(site))
    for page in pages:
        parser = TagCollector()
        parser.feed(page.read_text(encoding="utf-8"))
        rel = page.relative_to(site)
        for tag, attrs in parser.tags:
            names = dict(attrs)
            if tag == "script":
                src = names.get("src") or ""
                ours = names.get("type") == "application/ld+json" or src.endswith("assets/netwerkkaart.js") \
                    or src.endswith("assets/zoeken.js")
                check(ours, f"{rel}: a <script> the theme did not write: {attrs}")
            if tag.startswith("svg-part:"):
                part = tag[len("svg-part:"):]
                if part == "svg":
                    drawn = SVG_CLASSES & set((names.get("class") or "").split())
                    check(bool(drawn), f"{rel}: an <svg> the theme did not write: {attrs}")
                else:
                    check(part in SVG_TAGS, f"{rel}: <{part}> inside an <svg>: {attrs}")
                for name, _ in attrs:
                    check(name in SVG_ATTRIBUTES, f"{rel}: attribute {name}= on <{part}> in an <svg>")
            # The theme's search forms (header box, zoeken/index.html) are the only forms.
            search_form = tag == "form" and names.get("role") == "search" and names.get("method") == "get" \
                and names.get("class") in ("site-search", "search__form") \
                and ((names.get("action") or "").endswith("zoeken/index.html")
                     or (str(rel) == "zoeken/index.html" and names.get("action") == "index.html"))
            check(search_form or tag not in ("img", "iframe", "object", "embed", "svg", "math", "form", "base", "frame"),
                  f"{rel}: a <{tag}> element from the data: {attrs}")
            for name, value in attrs:
                check(not name.lower().startswith("on"), f"{rel}: event attribute {name}= on <{tag}>")
                if name in ("href", "src", "action", "formaction"):
                    v = (value or "").strip().lower()
                    check(not re.match(r"^[\s\x00-\x1f]*(javascript|data|vbscript):", v),
                          f"{rel}: a {v.split(':')[0]}: link on <{tag}>")
        for block in parser.ld:
            try:
                json.loads(block)
                check(True, "")
            except ValueError as e:
                check(False, f"{rel}: JSON-LD does not parse: {e}")


def scan_literal(site, text):
    escaped = html.escape(text, quote=True)
    found = any(escaped in p.read_text(encoding="utf-8") or text in p.read_text(encoding="utf-8")
                for p in site.rglob("*.html"))
    check(found, f"the text {text!r} does not stand literally in any page")


def json_ld(page):
    parser = TagCollector()
    parser.feed(page.read_text(encoding="utf-8"))
    return [json.loads(block) for block in parser.ld]


ROW_NAME = re.compile(r'<li class="contact-row"[^>]*><p><a href="[^"]*">([^<]*)</a>')


def scan_structured(site):
    orgs = sorted((site / "organisaties").glob("*/index.html"))
    check(len(orgs) > 0, "no organisation pages")
    for page in orgs:
        rel = page.relative_to(site)
        blocks = json_ld(page)
        check(len(blocks) == 1 and blocks[0].get("@type") == "Organization", f"{rel}: no schema.org Organization")
        text = page.read_text(encoding="utf-8")
        for person in (blocks[0].get("employee") or []) if blocks else []:
            check(html.escape(person["name"], quote=True) in text, f"{rel}: JSON-LD person {person['name']!r} not on the page")
    lists = sorted((site / "contactpersonen").rglob("index.html"))
    check(len(lists) > 1, "no contactpersonen pages")
    for page in lists:
        rel = page.relative_to(site)
        blocks = json_ld(page)
        check(len(blocks) == 1 and blocks[0].get("@type") == "ItemList", f"{rel}: no schema.org ItemList")
        if not blocks:
            continue
        items = blocks[0].get("itemListElement") or []
        check(blocks[0].get("numberOfItems") == len(items), f"{rel}: numberOfItems differs from the list")
        listed = {i["item"]["name"] for i in items if i["item"].get("@type") == "Person" and i["item"].get("worksFor")}
        shown = {html.unescape(n) for n in ROW_NAME.findall(page.read_text(encoding="utf-8"))}
        check(listed == shown, f"{rel}: JSON-LD people differ from the page: {sorted(listed ^ shown)[:5]}")


def phone_forms(number):
    digits = re.sub(r"\D", "", str(number))
    if digits.startswith("31"):
        digits = "0" + digits[2:]
    forms = {str(number)}
    if len(digits) == 10 and digits.startswith("0"):
        forms |= {digits, "+31" + digits[1:], digits[:3] + " " + digits[3:6] + " " + digits[6:],
                  digits[:4] + " " + digits[4:7] + " " + digits[7:], digits[:2] + " " + digits[2:6] + " " + digits[6:]}
    return forms


def secrets(data, profile):
    """What the profile must not publish, read straight from the YAML (not through the
    generator): secret street and postcode, and every e-mail address, phone number and
    name of a person the profile leaves out."""
    out = []
    for path in sorted((data / "organisaties").glob("*.yaml")):
        org = yaml.safe_load(path.read_text(encoding="utf-8"))
        address = org.get("adres") or {}
        if address.get("geheim") is True:
            for key in ("straat", "postcode"):
                if address.get(key):
                    out.append((f"{path.name}: geheim {key}", str(address[key])))
        for person in org.get("contactpersonen") or []:
            published = person.get("toestemming") is not None and (
                profile == "professionals" or person.get("publicatie") == "openbaar")
            if published:
                continue
            who = f"{path.name}: {person.get('naam')}"
            out.append((who + " naam", str(person["naam"])))
            if person.get("email"):
                out.append((who + " e-mail", str(person["email"])))
            if person.get("telefoon"):
                for form in phone_forms(person["telefoon"]):
                    out.append((who + " telefoon", form))
    return out


def scan_absent(site, data, profile):
    files = [p for p in sorted(site.rglob("*")) if p.is_file()]
    blobs = [(p.relative_to(site), p.read_bytes()) for p in files]
    items = secrets(data, profile)
    check(len(items) > 0, "the data set has no secrets to look for: the test would prove nothing")
    for what, value in items:
        needle = value.encode("utf-8")
        escaped = html.escape(value, quote=True).encode("utf-8")
        hits = [str(rel) for rel, blob in blobs if needle in blob or escaped in blob]
        check(not hits, f"{what} ({value!r}) stands in: {', '.join(hits[:5])}")
    return len(items)


def main():
    mode, site = sys.argv[1], pathlib.Path(sys.argv[2])
    if mode == "markup":
        scan_markup(site)
    elif mode == "structured":
        scan_structured(site)
    elif mode == "literal":
        scan_literal(site, sys.argv[3])
    elif mode == "absent":
        profile = sys.argv[4] if len(sys.argv) > 4 else "professionals"
        n = scan_absent(site, pathlib.Path(sys.argv[3]), profile)
        print(f"{n} secrets looked for in every file")
    for f in failures[:40]:
        print("FAIL:", f)
    print(f"{passes} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The JSON Schemas (schemas/) against the example data and the bad-input corpus.

1. Every file of the example data and of the minimal fixture is accepted.
2. For every case in tests/cases/ and every data file it writes:
   - when `check` reports an error of a kind a schema can express (EXPRESSIBLE) in that
     file, the schema rejects the file (or the file is not even readable YAML);
   - when `check` reports no error in that file, the schema accepts it: an editor must
     never flag a file that check lets through.
   Errors a schema cannot express (docs/schemas.md) are counted, not required.
YAML is read as YAML 1.2 (core schema), as yaml-language-server does: `ja` is text, not true.
Usage: schemas_test.py <source dir>      (Debian python3, python3-yaml, python3-jsonschema)
"""
import json
import pathlib
import re
import sys

import jsonschema
import yaml

# NK codes whose every occurrence a schema can detect in the file itself.
EXPRESSIBLE = {
    "NK010", "NK011", "NK101", "NK102", "NK103", "NK104", "NK105", "NK106", "NK107", "NK108",
    "NK201", "NK203", "NK204", "NK205", "NK206", "NK208", "NK210", "NK401", "NK403", "NK405",
    "NK406", "NK407", "NK408", "NK411",
}
# Cases where one of those codes is about something the schema cannot see, with the reason.
KNOWN = {
    "NK201-bestandsnaam": "the file name is not a valid id; a schema sees the content, not the file name",
    "NK201-geen-id-af-te-leiden": "no id can be derived from the term (slug rules: diacritics folded); a "
                                   "pattern on 'term' would reject valid terms",
}


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema: only true/false are booleans, dates stay text."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, regexp, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+0123456789.")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(regexp), first)


def schema_for(rel):
    parts = rel.split("/")
    if parts[0] != "data" or not rel.endswith(".yaml"):
        return None
    if len(parts) == 2:
        return {"site.yaml": "site", "gemeenten.yaml": "gemeenten", "soorten.yaml": "soorten",
                "specialismen.yaml": "specialismen", "begrippen.yaml": "begrippen"}.get(parts[1])
    if len(parts) == 3:
        return {"organisaties": "organisatie", "overleggen": "overleg", "trainingen": "training",
                "agenda": "agenda", "routes": "route"}.get(parts[1])
    return None


def expand(text):
    def one(m):
        inner = m.group(1)
        if inner.startswith("herhaal "):
            count, unit = inner[8:].split(":", 1)
            return unit * int(count)
        if inner.startswith("byte "):
            return chr(int(inner[5:], 16))  # bytes >= 0x80 become code points; only used for bad-encoding cases
        return "{{" + inner + "}}"
    return re.sub(r"\{\{(.*?)\}\}", one, text)


def parse_case(path):
    writes, expected, current, state = {}, [], None, "head"
    for line in path.read_text(encoding="utf-8").split("\n"):
        if state != "expected" and line.startswith("--- "):
            d = line[4:]
            if d == "verwacht":
                state = "expected"
            elif d.split(" ")[0] in ("verwijder", "link", "fifo", "maxbestanden", "vandaag"):
                state = "head"
            else:
                current, state = d, "file"
                writes[current] = ""
            continue
        if state == "file":
            writes[current] += line + "\n"
        elif state == "expected" and line:
            expected.append(line)
    return {k: (v[:-1] if v.endswith("\n\n") else v) for k, v in writes.items()}, expected


def main():
    src = pathlib.Path(sys.argv[1])
    schemas = {p.name[:-len(".schema.json")]: json.loads(p.read_text(encoding="utf-8"))
               for p in (src / "schemas").glob("*.schema.json")}
    checker = jsonschema.FormatChecker()
    validators = {}
    for name, schema in schemas.items():
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[name] = jsonschema.Draft202012Validator(schema, format_checker=checker)
    failures, passes, informational = [], 0, 0

    def verdict(name, text):
        try:
            doc = yaml.load(text, Loader=Yaml12Loader)
        except yaml.YAMLError as e:
            return ["YAML: " + str(e).split("\n")[0]]
        except ValueError as e:
            return ["YAML: " + str(e)]
        return [f"{'/'.join(map(str, e.absolute_path)) or '(bestand)'}: {e.message}" for e in validators[name].iter_errors(doc)]

    # 1. The example and the fixture are accepted.
    for root in (src, src / "tests/fixtures/minimal"):
        for path in sorted((root / "data").rglob("*.yaml")):
            rel = path.relative_to(root).as_posix()
            name = schema_for(rel)
            if not name:
                continue
            errors = verdict(name, path.read_text(encoding="utf-8"))
            if errors:
                failures.append(f"{path}: rejected but valid: {errors[:3]}")
            else:
                passes += 1

    # The editor wiring names every schema, for the files schema_for() gives it.
    settings = json.loads((src / ".vscode/settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    wired = {pathlib.Path(k).name[:-len(".schema.json")]: v for k, v in settings.items()}
    if sorted(wired) != sorted(schemas):
        failures.append(f".vscode/settings.json wires {sorted(wired)}, schemas/ has {sorted(schemas)}")
    for name, glob in wired.items():
        if schema_for(glob.replace("*", "x")) != name:
            failures.append(f".vscode/settings.json: {glob} gets {name}, the data format says {schema_for(glob.replace('*', 'x'))}")
        else:
            passes += 1

    # 2. The corpus.
    for case in sorted((src / "tests/cases").glob("*.case")):
        writes, expected = parse_case(case)
        for rel, text in writes.items():
            name = schema_for(rel)
            if not name:
                continue
            codes = {m.group(1) for line in expected
                     if (m := re.match(re.escape(rel) + r":\d+:\d+: fout (NK\d+):", line))}
            try:
                errors = verdict(name, expand(text))
            except RecursionError:
                errors = ["te diep genest"]
            if codes & EXPRESSIBLE:
                if errors or case.stem in KNOWN:
                    passes += 1
                else:
                    failures.append(f"{case.name}: check gives {sorted(codes)} in {rel}, the schema accepts it")
            elif not codes:
                if errors and case.stem not in KNOWN:
                    failures.append(f"{case.name}: {rel} passes check, the schema rejects it: {errors[:3]}")
                else:
                    passes += 1
            else:
                informational += 1  # only errors a schema cannot express
    for f in failures:
        print("FAIL:", f)
    print(f"{passes} passed, {len(failures)} failed ({informational} files with only errors a schema cannot express)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

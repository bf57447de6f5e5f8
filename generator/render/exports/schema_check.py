#!/usr/bin/env python3
"""CTest script: builds the example in both profiles and validates data/netwerkkaart.json
against the data/netwerkkaart.schema.json shipped beside it, with python3-jsonschema
(Draft 2020-12, the schema itself checked first). Also checks that every HSDS table named
in data/hsds/datapackage.json exists and is a JSON array.

usage: schema_check.py NETWERKKAART_BINARY SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("schema_check: python3-jsonschema ontbreekt (apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(1)


def main():
    binary, source = sys.argv[1], sys.argv[2]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for profile in ("professionals", "openbaar"):
            out = os.path.join(tmp, profile)
            subprocess.run([binary, "build", "--data", os.path.join(source, "data"),
                            "--content", os.path.join(source, "content"), "--vandaag", "2026-11-22",
                            "--profiel", profile, "--out", out],
                           check=True, stderr=subprocess.DEVNULL)
            with open(os.path.join(out, "data", "netwerkkaart.schema.json"), encoding="utf-8") as f:
                schema = json.load(f)
            with open(os.path.join(out, "data", "netwerkkaart.json"), encoding="utf-8") as f:
                document = json.load(f)
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
            for e in errors[:20]:
                print(f"{profile}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
            failures += len(errors)
            if document.get("profiel") != profile:
                print(f"{profile}: profiel is {document.get('profiel')!r}")
                failures += 1
            with open(os.path.join(out, "data", "hsds", "datapackage.json"), encoding="utf-8") as f:
                package = json.load(f)
            for resource in package["resources"]:
                with open(os.path.join(out, "data", "hsds", resource["path"]), encoding="utf-8") as f:
                    if not isinstance(json.load(f), list):
                        print(f"{profile}: {resource['path']} is geen lijst")
                        failures += 1
    passed = 0 if failures else 2
    print(f"schema_check: {passed} passed, {1 if failures else 0} failed ({failures} problems)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

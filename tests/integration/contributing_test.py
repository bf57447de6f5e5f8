#!/usr/bin/python3
"""CONTRIBUTING.md followed to the letter, by a program instead of a new partner: the
example contact is added as steps 4-6 say (to a file with contacts and to one without),
gecontroleerd set to today, and `check` must be green (exit 0, no errors) with the contact
reported by `diff`. The aanbod example is added the same way. Both examples mark every key
`# verplicht` or `# mag weg`; with every `# mag weg` line (and the lines indented under it)
left out, the check must be green too. And the code table lists every code of `check`.
Usage: contributing_test.py <netwerkkaart> <source dir>
"""
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

TODAY = "2026-11-22"


def code_block_after(text, marker):
    rest = text[text.index(marker) + len(marker):]
    m = re.search(r"\n( *)```yaml\n(.*?)\n\1```", rest, re.S)
    indent = len(m.group(1))  # inside a numbered list item: Markdown strips that indent
    return "\n".join(line[indent:] for line in m.group(2).split("\n")) + "\n"


KEY = re.compile(r"^( *)(- )?[a-z_]+:")


def unmarked_keys(block):
    """The item's own keys (the column after its `- `) that say neither verplicht nor mag weg."""
    cols = [len(m.group(1)) + len(m.group(2) or "") for m in map(KEY.match, block.split("\n")) if m and m.group(2)]
    col = min(cols)
    return [line for line in block.split("\n")
            if (m := KEY.match(line)) and len(m.group(1)) + len(m.group(2) or "") == col
            and not re.search(r"# (verplicht|mag weg)$", line)]


def required_only(block):
    """The block without its `# mag weg` lines and the lines indented under them."""
    out, skip_deeper_than = [], None
    for line in block.rstrip("\n").split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if skip_deeper_than is not None and indent > skip_deeper_than:
            continue
        skip_deeper_than = None
        if line.endswith("# mag weg"):
            skip_deeper_than = indent
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def add_contact(path, block):
    lines = path.read_text(encoding="utf-8").split("\n")
    if "contactpersonen:" in lines:
        # Step 4: after the last block of the list: above the next line that starts at the left.
        i = lines.index("contactpersonen:") + 1
        while i < len(lines) and (lines[i].startswith(" ") or lines[i] == ""):
            i += 1
        lines[i:i] = block.rstrip("\n").split("\n")
    else:
        # Step 5: `contactpersonen:` at the left, just above `beheer:`, the block below it.
        i = lines.index("beheer:")
        lines[i:i] = ["contactpersonen:"] + block.rstrip("\n").split("\n")
    text = "\n".join(lines)
    # Step 6: gecontroleerd is today.
    text = re.sub(r"(\n  gecontroleerd: )\S+", r"\g<1>" + TODAY, text)
    path.write_text(text, encoding="utf-8")


def main():
    binary, src = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
    guide = (src / "CONTRIBUTING.md").read_text(encoding="utf-8")
    failures = []
    contact = code_block_after(guide, "<!-- voorbeeld-contactpersoon -->")
    aanbod = re.search(r"Voorbeeld van een aanbod:\n\n```yaml\n(.*?)\n```", guide, re.S).group(1) + "\n"
    for name, block in (("contact", contact), ("aanbod", aanbod)):
        if unmarked_keys(block):
            failures.append(f"{name} example: keys marked neither verplicht nor mag weg: {unmarked_keys(block)}")
        if required_only(block).count("\n") >= block.count("\n") - 1:
            failures.append(f"{name} example: no line marked `# mag weg`")
    for variant, c, a in (("volledig", contact, aanbod), ("alleen verplicht", required_only(contact), required_only(aanbod))):
        failures += [f"{variant}: {f}" for f in follow(binary, src, c, a)]
    codes = set(re.findall(r'"(NK\d{3})"', (src / "generator/diagnostics/codes.cpp").read_text(encoding="utf-8")))
    listed = set(re.findall(r"^\| (NK\d{3}) \|", guide, re.M))
    if codes != listed:
        failures.append(f"code table in CONTRIBUTING.md: missing {sorted(codes - listed)}, extra {sorted(listed - codes)}")
    for f in failures:
        print("FAIL:", f)
    print("ok" if not failures else f"{len(failures)} failed")
    return 1 if failures else 0


def follow(binary, src, contact, aanbod):
    """Adds the two examples as the guide says; returns what went wrong."""
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        shutil.copytree(src / "data", work / "data")
        shutil.copytree(src / "data", work / "oud")
        shutil.copytree(src / "content", work / "content")
        with_contacts = work / "data/organisaties/sociaal-wijkteam-heerlen.yaml"
        without = [p for p in sorted((work / "data/organisaties").glob("*.yaml"))
                   if "\ncontactpersonen:" not in p.read_text(encoding="utf-8")]
        if not without:
            failures.append("the example has no organisation without contacts to try step 5 on")
        for path in [with_contacts] + without[:1]:
            add_contact(path, contact)
        no_aanbod = [p for p in sorted((work / "data/organisaties").glob("*.yaml"))
                     if "\naanbod:" not in p.read_text(encoding="utf-8")][0]
        text = no_aanbod.read_text(encoding="utf-8")
        no_aanbod.write_text(text.replace("\nbeheer:\n", "\n" + aanbod + "beheer:\n", 1), encoding="utf-8")
        run = lambda *args: subprocess.run([binary, *args, "--vandaag", TODAY], cwd=work, capture_output=True, text=True)
        check = run("check", "--format", "github")
        if check.returncode != 0 or "::error" in check.stdout:
            failures.append("check is not green after following CONTRIBUTING.md:\n" + check.stdout)
        diff = run("diff", "oud").stdout
        if diff.count("contactpersoon toegevoegd: Sanne Dassen") != min(2, 1 + len(without)):
            failures.append("diff shows the wrong number of added contacts:\n" + diff)
        if "aanbod toegevoegd: Opvoedondersteuning na huiselijk geweld (`wijkteam-heerlen-opvoedsteun`)" not in diff:
            failures.append("diff does not show the example aanbod:\n" + diff)
    return failures


if __name__ == "__main__":
    sys.exit(main())

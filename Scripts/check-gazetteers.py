#!/usr/bin/env python3
"""Checks the gazetteer files in Sources/CoopGraph/Resources/gazetteers (or the folders given).

Usage: python3 Scripts/check-gazetteers.py [DIR ...]

Reports, per file, the number of entries, and fails (exit 1) on format errors: a missing or unknown
header directive, too many columns, empty canonical names, malformed properties, an alias equal to
its own canonical name, a canonical name listed twice within one kind, an alias '|' split leaving an
empty form. Prints (without failing) every surface form shared by two entities across all entity
files (alias/alias or alias/canonical), since such collisions must be deliberate.
"""
import os
import sys
from collections import defaultdict

KINDS = {"country", "ministry", "institute", "organization"}
LISTS = {"titles", "surnames", "stopwords"}


def check(dirs):
    errors = []
    surfaces = defaultdict(list)  # form -> [(file, kind, canonical, role)]
    canon_by_kind = defaultdict(dict)
    stopwords = set()
    shorts = defaultdict(list)  # short form -> [canonical] (property short=)
    counts = {}
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".tsv"):
                continue
            path = os.path.join(d, name)
            header = None
            n = 0
            list_seen = set()
            with open(path, encoding="utf-8") as f:
                for lineno, raw in enumerate(f, 1):
                    line = raw.rstrip("\n")
                    where = f"{name}:{lineno}"
                    if line.endswith("\r"):
                        errors.append(f"{where}: CR line ending")
                    if not line.strip():
                        continue
                    if line.startswith("#!"):
                        if header is not None:
                            errors.append(f"{where}: second header directive")
                        key, _, value = line[2:].strip().partition("=")
                        if (key == "kind" and value in KINDS) or (key == "list" and value in LISTS):
                            header = (key, value)
                        else:
                            errors.append(f"{where}: unknown header directive {line!r}")
                        continue
                    if line.startswith("#"):
                        continue
                    if header is None:
                        errors.append(f"{where}: entry before the '#! kind=' / '#! list=' header")
                        header = ("?", "?")
                    cols = line.split("\t")
                    if line != line.strip() or any(c != c.strip() for c in cols):
                        errors.append(f"{where}: stray whitespace around a column")
                    n += 1
                    if header[0] == "list":
                        entry = cols[0]
                        if entry in list_seen:
                            errors.append(f"{where}: duplicate entry {entry!r}")
                        list_seen.add(entry)
                        if header[1] == "stopwords":
                            stopwords.add(entry)
                        continue
                    if len(cols) > 3:
                        errors.append(f"{where}: {len(cols)} columns (at most 3)")
                    canonical = cols[0]
                    if not canonical:
                        errors.append(f"{where}: empty canonical name")
                    aliases = cols[1].split("|") if len(cols) > 1 and cols[1] else []
                    if any(not a for a in aliases):
                        errors.append(f"{where}: empty alias")
                    if canonical in aliases:
                        errors.append(f"{where}: alias equals canonical {canonical!r}")
                    if len(set(aliases)) != len(aliases):
                        errors.append(f"{where}: repeated alias")
                    if len(cols) > 2:
                        for prop in cols[2].split(";"):
                            k, eq, v = prop.partition("=")
                            if not eq or not k or not v or "|" in prop or "\t" in prop:
                                errors.append(f"{where}: malformed property {prop!r}")
                            if k == "short":
                                for form in v.split(","):
                                    shorts[form].append(canonical)
                    kind = header[1]
                    if canonical in canon_by_kind[kind]:
                        errors.append(f"{where}: canonical {canonical!r} already at {canon_by_kind[kind][canonical]}")
                    canon_by_kind[kind][canonical] = where
                    surfaces[canonical].append((name, kind, canonical, "canonical"))
                    for a in aliases:
                        surfaces[a].append((name, kind, canonical, "alias"))
            counts[name] = (header, n)
    collisions = {s: v for s, v in surfaces.items() if len({(k, c) for _, k, c, _ in v}) > 1}
    blocked = sorted(s for s in surfaces if s in stopwords)
    return errors, counts, collisions, blocked, shorts, surfaces


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dirs = sys.argv[1:] or [os.path.join(root, "Sources", "CoopGraph", "Resources", "gazetteers")]
    errors, counts, collisions, blocked, shorts, surfaces = check(dirs)
    for name, (header, n) in counts.items():
        print(f"{name:36} {header[0]}={header[1]:13} {n:5} entries")
    print(f"\n{len(collisions)} surface forms shared by two or more entities:")
    for s in sorted(collisions):
        print(f"  {s}: " + "; ".join(f"{c} ({k}, {r}, {f})" for f, k, c, r in collisions[s]))
    print(f"\n{len(shorts)} bare short forms (short=, usable only after the full name in the same document):")
    for form in sorted(shorts, key=lambda f: (-len(shorts[f]), f)):
        full = sorted({c for _, _, c, _ in surfaces.get(form, [])})
        also = f"; full form of {', '.join(full)}" if full else ""
        print(f"  {form}: {len(shorts[form])} bodies{also}")
    if blocked:
        print(f"\n{len(blocked)} entity forms that are also stopwords: " + ", ".join(blocked))
    if errors:
        print(f"\n{len(errors)} errors:")
        for e in errors:
            print("  " + e)
        return 1
    print("\nno format errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

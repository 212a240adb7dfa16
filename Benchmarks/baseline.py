#!/usr/bin/env python3
"""Python baseline for the CoopGraph benchmark: gazetteer matching + date and name+title regexes.

    python3 Benchmarks/baseline.py [--gazetteers DIR] PATH...

Does only what a thin Python extractor would: one Aho-Corasick automaton (pyahocorasick) over
the same gazetteer files CoopGraph bundles, plus `re` for dates and for name+title pairs, over
every file under PATH. Prints one JSON line: files, bytes, seconds (wall), cpu_seconds (user +
system of this process: the steadier figure on a shared machine), MB/s, matches.
pyahocorasick is installed with pip when missing.
"""
import json
import os
import re
import subprocess
import sys
import time

try:
    import ahocorasick
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", "pyahocorasick"])
    import ahocorasick

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GAZ = os.path.join(HERE, "..", "Sources", "CoopGraph", "Resources", "gazetteers")

DATE = re.compile(
    r"(?:\d{4}\s*[.년]\s*\d{1,2}\s*[.월]\s*(?:\d{1,2}\s*[.일]?)?)"
    r"|(?:['‘’]\s*\d{2}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2})"
    r"|(?:\d{1,2}월\s*\d{1,2}일)|(?:['‘’]\d{2}년)|(?:\d{4}년)"
)


def load(gaz_dir):
    names, titles, surnames = [], [], []
    for fn in sorted(os.listdir(gaz_dir)):
        if not fn.endswith(".tsv"):
            continue
        kind = None
        with open(os.path.join(gaz_dir, fn), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line.startswith("#!"):
                    kind = line[2:].strip()
                    continue
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if kind and kind.startswith("list=titles"):
                    titles.append(cols[0])
                elif kind and kind.startswith("list=surnames"):
                    surnames.append(cols[0])
                elif kind and kind.startswith("kind="):
                    names.append((cols[0], kind[5:]))
                    if len(cols) > 1 and cols[1]:
                        names.extend((a, kind[5:]) for a in cols[1].split("|") if a)
    return names, titles, surnames


def main(argv):
    gaz = DEFAULT_GAZ
    if len(argv) >= 2 and argv[0] == "--gazetteers":
        gaz, argv = argv[1], argv[2:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 64
    names, titles, surnames = load(gaz)
    auto = ahocorasick.Automaton()
    for name, kind in names:
        auto.add_word(name, (name, kind))
    auto.make_automaton()
    title_alt = "|".join(sorted((re.escape(t) for t in titles if t), key=len, reverse=True)) or "장관"
    sur_alt = "|".join(sorted((re.escape(s) for s in surnames if s), key=len, reverse=True)) or "김"
    person = re.compile(r"(?:%s)[가-힣]{1,3}\s+(?:[가-힣]*?)(?:%s)" % (sur_alt, title_alt))
    files = []
    for p in argv:
        if os.path.isdir(p):
            for root, _, fs in os.walk(p):
                files.extend(os.path.join(root, f) for f in fs)
        else:
            files.append(p)
    files.sort()
    total_bytes = matches = 0
    start = time.perf_counter()
    cpu_start = os.times()
    for path in files:
        with open(path, "rb") as f:
            raw = f.read()
        total_bytes += len(raw)
        text = raw.decode("utf-8", errors="replace")
        for _ in auto.iter_long(text):
            matches += 1
        matches += sum(1 for _ in DATE.finditer(text))
        matches += sum(1 for _ in person.finditer(text))
    secs = time.perf_counter() - start
    cpu_end = os.times()
    cpu = (cpu_end.user - cpu_start.user) + (cpu_end.system - cpu_start.system)
    print(json.dumps({"tool": "python-baseline", "files": len(files), "bytes": total_bytes,
                      "seconds": round(secs, 3), "cpu_seconds": round(cpu, 3), "mb_per_s": round(total_bytes / 1e6 / secs, 2) if secs else None,
                      "matches": matches}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

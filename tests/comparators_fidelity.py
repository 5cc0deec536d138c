#!/usr/bin/env python3
"""Fidelity checks for data/framework/keywords.json and data/framework/comparators.json.

Usage: python3 tests/comparators_fidelity.py <project-root> [<seeds-dir>]

Structure checks always run. When the seeds directory (default
<project-root>/../shared/seeds) exists, every keyword (with its domain list, in the
guide's order), every comparator measure and question, and the other verbatim
comparator fields are also checked against their source document after folding:
whitespace collapsed, line-wrap hyphenation removed, quotes ‘’“” and dashes –— unified,
HTML tags left by the PDF extraction ignored; comparison is case-sensitive.

Exit 0 = pass, 1 = failures (listed), 77 = structure passed but seeds absent (skipped).
"""
import json
import os
import re
import sys

# Counted by hand from the INDEX of the IOM UK practitioner guide (seed 004).
EXPECTED_KEYWORDS = 217
# MHCLG Technical Note 2019: 20 national indicators (table rows "11 and 12" hold two).
EXPECTED_MHCLG = 20
# Mayor of London toolkit, Tool 3 full index: 30 measure rows (10 Relationships,
# 6 Participation, 12 Equality, 2 Outcomes).
EXPECTED_LONDON = 30

KEYWORD_SOURCE = "IOM UK Guide for Practitioners, Index"
LONDON_THEMES = {"Relationships", "Participation", "Equality", "Outcomes"}
SEED_FILES = {
    "keywords": "004_ec8fc0fd14e9bd2a.txt",
    "mhclg": "000_961da9dba03183fd.txt",
    "london": "003_35641d66db065a32.txt",
}
# Fields of a comparator that must be the document's own words.
VERBATIM_FIELDS = ("theme", "measurement_theme", "measure", "question", "question_note",
                   "response_scale", "data_source", "disaggregation")

failures = []


def fail(msg):
    failures.append(msg)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001 - report any load problem as a failure
        fail("cannot load %s: %s" % (path, e))
        return None


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


# ---------------------------------------------------------------- folding
def _common(s):
    s = re.sub(r"<[^>]+>", " ", s)          # extraction markup, not document words
    s = re.sub(r"[‘’]", "'", s)
    s = re.sub(r"[“”]", '"', s)
    s = re.sub(r"[–—]", "-", s)
    return s


def fold(s):
    return re.sub(r"\s+", " ", _common(s)).strip()


def fold_source(raw):
    """Return folded variants of a source text: line-wrap hyphen removed (neighbour-/hood)
    and line-break-hyphen kept but joined (anti-/discrimination)."""
    s = _common(raw)
    dehyph = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "", s)
    keephy = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "-", s)
    return [re.sub(r"\s+", " ", dehyph), re.sub(r"\s+", " ", keephy)]


def occurs(text, variants):
    t = fold(text)
    return any(t in v for v in variants)


# ---------------------------------------------------------------- structure
def check_keywords(kw):
    if not isinstance(kw, list):
        fail("keywords.json: top level must be an array")
        return
    if len(kw) != EXPECTED_KEYWORDS:
        fail("keywords.json: %d entries, expected %d (hand count)" % (len(kw), EXPECTED_KEYWORDS))
    seen = set()
    for i, e in enumerate(kw):
        where = "keywords[%d]" % i
        if not isinstance(e, dict):
            fail(where + ": not an object")
            continue
        k = e.get("keyword")
        if not nonempty_str(k):
            fail(where + ": empty keyword")
        elif k != k.strip() or "  " in k:
            fail(where + ": keyword has stray whitespace: %r" % k)
        d = e.get("domains")
        if not isinstance(d, list) or not d:
            fail(where + " %r: domains must be a non-empty list" % k)
        else:
            for n in d:
                if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 14:
                    fail(where + " %r: domain %r outside 1-14" % (k, n))
            if len(set(d)) != len(d):
                fail(where + " %r: repeated domain" % k)
        if e.get("source") != KEYWORD_SOURCE:
            fail(where + " %r: source must be %r" % (k, KEYWORD_SOURCE))
        key = (k, tuple(d) if isinstance(d, list) else None)
        if key in seen:
            fail(where + " %r: exact duplicate entry" % k)
        seen.add(key)


def check_comparators(doc, indicator_ids):
    if not isinstance(doc, dict) or not isinstance(doc.get("sets"), list) \
            or not isinstance(doc.get("comparators"), list):
        fail("comparators.json: needs {'sets': [...], 'comparators': [...]}")
        return
    set_ids = [s.get("id") for s in doc["sets"] if isinstance(s, dict)]
    if sorted(set_ids) != ["london", "mhclg"]:
        fail("comparators.json: sets must be exactly mhclg and london, got %r" % set_ids)
    for s in doc["sets"]:
        for f in ("id", "name", "source"):
            if not nonempty_str(s.get(f)):
                fail("set %r: empty %s" % (s.get("id"), f))
        if "licence" in s and not nonempty_str(s["licence"]):
            fail("set %r: licence present but empty" % s.get("id"))
    comps = doc["comparators"]
    ids = [c.get("id") for c in comps]
    dup = sorted({i for i in ids if ids.count(i) > 1}, key=str)
    if dup:
        fail("comparators: duplicate ids %r" % dup)
    counts = {"mhclg": 0, "london": 0}
    for c in comps:
        cid = c.get("id")
        st = c.get("set")
        if st not in counts:
            fail("%r: unknown set %r" % (cid, st))
            continue
        counts[st] += 1
        if cid != "%s-%02d" % (st, counts[st]):
            fail("%r: expected id %s-%02d (document order)" % (cid, st, counts[st]))
        for f in ("theme", "measure", "question", "data_source", "disaggregation", "source"):
            if not nonempty_str(c.get(f)):
                fail("%r: empty %s" % (cid, f))
        for f in ("response_scale", "question_note", "measurement_theme", "note"):
            if f in c and not nonempty_str(c[f]):
                fail("%r: %s present but empty" % (cid, f))
        if st == "london" and c.get("theme") not in LONDON_THEMES:
            fail("%r: theme %r not one of %s" % (cid, c.get("theme"), sorted(LONDON_THEMES)))
        maps = c.get("maps")
        if not isinstance(maps, list):
            fail("%r: maps must be a list" % cid)
            continue
        seen = set()
        for m in maps:
            iid = m.get("indicator") if isinstance(m, dict) else None
            if indicator_ids is not None and iid not in indicator_ids:
                fail("%r: maps to unknown indicator %r" % (cid, iid))
            if iid in seen:
                fail("%r: indicator %r mapped twice" % (cid, iid))
            seen.add(iid)
            if not isinstance(m, dict) or not nonempty_str(m.get("reason")):
                fail("%r: mapping to %r has empty reason" % (cid, iid))
    if counts["mhclg"] != EXPECTED_MHCLG:
        fail("comparators: %d mhclg, expected %d" % (counts["mhclg"], EXPECTED_MHCLG))
    if counts["london"] != EXPECTED_LONDON:
        fail("comparators: %d london, expected %d" % (counts["london"], EXPECTED_LONDON))


# ---------------------------------------------------------------- fidelity
def read_seed(seeds, name):
    p = os.path.join(seeds, name)
    try:
        with open(p, encoding="utf-8") as f:
            return f.read()
    except OSError as e:
        fail("cannot read seed %s: %s" % (p, e))
        return None


def check_keyword_fidelity(kw, raw):
    start = raw.find("\nINDEX\n")
    end = raw.find("GET FAMILIAR WITH THE INDICATORS", start)
    if start < 0 or end < 0:
        fail("seed 004: INDEX section not found")
        return
    variants = fold_source(raw[start:end])
    pos = [0] * len(variants)
    for i, e in enumerate(kw):
        k, d = e.get("keyword"), e.get("domains")
        if not nonempty_str(k) or not isinstance(d, list) or not d:
            continue
        if not occurs(k, variants):
            fail("keyword %r does not occur in the guide's INDEX" % k)
            continue
        # keyword, then its domain list, found in order after the previous entry
        pat = re.compile(r"(?<![\w'])" + re.escape(fold(k)) + r",?\s*" +
                         r"\s*,\s*".join(str(n) for n in d) + r"(?!\s*,?\s*\d)")
        ok = False
        for j, v in enumerate(variants):
            m = pat.search(v, pos[j])
            if m:
                pos[j] = m.end()
                ok = True
        if not ok:
            fail("keywords[%d] %r %r: not found with these domains in the guide's order" % (i, k, d))


def check_comparator_fidelity(doc, raws):
    folded = {k: fold_source(v) for k, v in raws.items() if v is not None}
    for c in doc.get("comparators", []):
        src = folded.get(c.get("set"))
        if src is None:
            continue
        for f in VERBATIM_FIELDS:
            v = c.get(f)
            if nonempty_str(v) and not occurs(v, src):
                fail("%r: %s does not occur in its source document: %r" % (c.get("id"), f, v))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    root = argv[1]
    seeds = argv[2] if len(argv) > 2 else os.path.join(root, "..", "shared", "seeds")
    fw = os.path.join(root, "data", "framework")
    kw = load_json(os.path.join(fw, "keywords.json"))
    comp = load_json(os.path.join(fw, "comparators.json"))
    inds = load_json(os.path.join(fw, "indicators.json"))
    indicator_ids = None
    if isinstance(inds, list):
        indicator_ids = {i.get("id") for i in inds if isinstance(i, dict)}
    elif inds is not None:
        fail("indicators.json: top level must be an array")
    if kw is not None:
        check_keywords(kw)
    if comp is not None:
        check_comparators(comp, indicator_ids)

    seeds_present = os.path.isdir(seeds)
    if seeds_present:
        if isinstance(kw, list):
            raw = read_seed(seeds, SEED_FILES["keywords"])
            if raw is not None:
                check_keyword_fidelity([e for e in kw if isinstance(e, dict)], raw)
        if isinstance(comp, dict):
            raws = {k: read_seed(seeds, SEED_FILES[k]) for k in ("mhclg", "london")}
            check_comparator_fidelity(comp, raws)

    if failures:
        print("FAIL: %d problem(s)" % len(failures))
        for f in failures:
            print("  - " + f)
        return 1
    if not seeds_present:
        print("structure checks passed; seeds directory %s not found - source fidelity "
              "checks skipped" % seeds)
        return 77
    print("PASS: %d keywords, %d comparators checked against %s" % (
        len(kw), len(comp["comparators"]), os.path.normpath(seeds)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

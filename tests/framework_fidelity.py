#!/usr/bin/env python3
"""Fidelity test for the Indicators of Integration framework 2019 data.

Usage: python3 tests/framework_fidelity.py <project-root> [<seeds-dir>]

(a) Checks per-domain counts of outcome indicators and local / national good
    practice against numbers counted by hand from the document (hard-coded
    below; see data/framework/COUNTS.md).
(b) Validates structure: unique ids, id format and numbering, domain numbers
    1-14, marks in the allowed set, every domain has >= 1 indicator, every
    "shared" key used >= 2 times with identical folded texts, and no
    identical indicator texts left without a shared key.
(c) When the seeds dir (default <project-root>/../shared/seeds) exists, checks
    that every indicator text, good-practice text and domain intro (plus the
    principles, mark meanings and category descriptions) occurs in seed 001
    after folding. When it is absent, prints a message and exits 77 (skip).

Exit status: 0 pass, 1 fail, 77 skipped (seeds absent, all other checks passed).
Standard library only.
"""
import json
import os
import re
import sys

SEED_NAME = "001_1ce99eb050c5ebce.txt"

# Hand-counted from the document, section 7 (see data/framework/COUNTS.md):
# domain -> (outcome indicators, local good practice, national good practice)
EXPECTED_COUNTS = {
    1: (13, 6, 7),    # Work
    2: (15, 5, 4),    # Education
    3: (10, 3, 2),    # Housing
    4: (52, 10, 4),   # Health and social care
    5: (5, 3, 1),     # Leisure
    6: (6, 2, 3),     # Social bonds
    7: (9, 4, 5),     # Social bridges
    8: (8, 3, 2),     # Social links
    9: (9, 7, 5),     # Language and communication
    10: (7, 5, 4),    # Culture
    11: (6, 6, 3),    # Digital skills
    12: (10, 4, 4),   # Safety
    13: (12, 4, 3),   # Stability
    14: (11, 6, 6),   # Rights and responsibilities
}
EXPECTED_TOTALS = (173, 68, 53)

# Hand-identified repeated indicators: key -> ids of all occurrences.
EXPECTED_SHARED = {
    "awareness-of-key-institutions": [
        "work-13", "education-15", "housing-10", "health-52", "leisure-05",
        "links-08", "language-09", "culture-07", "digital-06", "safety-10",
        "rights-11",
    ],
    "homeless": ["housing-01", "health-51"],
    "sense-of-belonging-to-neighbourhood": ["bonds-06", "bridges-06", "stability-10"],
    "different-backgrounds-get-on-well": ["bridges-08", "culture-02"],
}

DOMAIN_IDS = {
    1: "work", 2: "education", 3: "housing", 4: "health", 5: "leisure",
    6: "bonds", 7: "bridges", 8: "links", 9: "language", 10: "culture",
    11: "digital", 12: "safety", 13: "stability", 14: "rights",
}
DOMAIN_NAMES = {
    1: "Work", 2: "Education", 3: "Housing", 4: "Health and social care",
    5: "Leisure", 6: "Social bonds", 7: "Social bridges", 8: "Social links",
    9: "Language and communication", 10: "Culture", 11: "Digital skills",
    12: "Safety", 13: "Stability", 14: "Rights and responsibilities",
}
CATEGORY_DOMAINS = {
    "markers-and-means": [1, 2, 3, 4, 5],
    "social-connections": [6, 7, 8],
    "facilitators": [9, 10, 11, 12, 13],
    "foundation": [14],
}
MARKS = {"official": "■", "survey": "▲", "other": "★", "none": "□"}

failures = []


def fail(msg):
    failures.append(msg)


def fold(s):
    """Fold text for comparison with the extracted source.

    Removes line-wrap hyphenation ("neighbour-\\nhood" -> "neighbourhood"),
    unifies quotes and dashes, collapses all whitespace (incl. newlines).
    Case-sensitive otherwise.
    """
    s = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", s)
    for a, b in (("‘", "'"), ("’", "'"), ("“", '"'), ("”", '"'),
                 ("–", "-"), ("—", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail(f"cannot load {path}: {e}")
        return None


def check_structure(fw, inds, gps):
    # framework.json
    if fw is not None:
        doms = fw.get("domains", [])
        nums = [d.get("number") for d in doms]
        if nums != list(range(1, 15)):
            fail(f"framework.json: domain numbers {nums} != 1..14 in order")
        for d in doms:
            n = d.get("number")
            if DOMAIN_IDS.get(n) != d.get("id"):
                fail(f"framework.json: domain {n} id {d.get('id')!r} != {DOMAIN_IDS.get(n)!r}")
            if DOMAIN_NAMES.get(n) != d.get("name"):
                fail(f"framework.json: domain {n} name {d.get('name')!r} != {DOMAIN_NAMES.get(n)!r}")
            if not d.get("intro"):
                fail(f"framework.json: domain {n} has no intro")
            if d.get("source") != f"Framework 2019, section 7.{n}":
                fail(f"framework.json: domain {n} source {d.get('source')!r}")
            cat = d.get("category")
            if cat not in CATEGORY_DOMAINS or n not in CATEGORY_DOMAINS[cat]:
                fail(f"framework.json: domain {n} category {cat!r} wrong")
        cats = {c.get("id"): c.get("domains") for c in fw.get("categories", [])}
        if cats != CATEGORY_DOMAINS:
            fail(f"framework.json: categories {cats} != {CATEGORY_DOMAINS}")
        pr = fw.get("principles", [])
        if [p.get("number") for p in pr] != [1, 2, 3, 4]:
            fail("framework.json: principles must be numbered 1..4")
        mk = {m.get("id"): m.get("symbol") for m in fw.get("marks", [])}
        if mk != MARKS:
            fail(f"framework.json: marks {mk} != {MARKS}")
        for m in fw.get("marks", []):
            if not m.get("meaning"):
                fail(f"framework.json: mark {m.get('id')} has no meaning")

    # indicators.json
    if inds is not None:
        seen = set()
        per_dom = {}
        for i, x in enumerate(inds):
            iid = x.get("id")
            if iid in seen:
                fail(f"indicators: duplicate id {iid}")
            seen.add(iid)
            n = x.get("domain")
            if not isinstance(n, int) or not 1 <= n <= 14:
                fail(f"indicators: {iid} domain {n!r} not in 1..14")
                continue
            per_dom.setdefault(n, []).append(x)
            if not x.get("text") or x.get("text") != x.get("text").strip():
                fail(f"indicators: {iid} empty or unstripped text")
            mks = x.get("marks")
            if not isinstance(mks, list) or not mks:
                fail(f"indicators: {iid} has no marks")
            else:
                for m in mks:
                    if m not in MARKS:
                        fail(f"indicators: {iid} mark {m!r} not allowed")
                if len(set(mks)) != len(mks):
                    fail(f"indicators: {iid} repeated mark")
            if x.get("source") != f"Framework 2019, section 7.{n}":
                fail(f"indicators: {iid} source {x.get('source')!r}")
        for n in range(1, 15):
            lst = per_dom.get(n, [])
            if not lst:
                fail(f"indicators: domain {n} has no indicator")
            for k, x in enumerate(lst, 1):
                want = f"{DOMAIN_IDS[n]}-{k:02d}"
                if x.get("id") != want:
                    fail(f"indicators: domain {n} item {k} id {x.get('id')!r} != {want!r}")
        # document order: domains non-decreasing
        doms = [x.get("domain") for x in inds if isinstance(x.get("domain"), int)]
        if doms != sorted(doms):
            fail("indicators: not in document (domain) order")
        # shared keys
        shared = {}
        for x in inds:
            if "shared" in x:
                k = x["shared"]
                if not isinstance(k, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k):
                    fail(f"indicators: {x.get('id')} shared key {k!r} not kebab-case")
                shared.setdefault(k, []).append(x)
        for k, lst in shared.items():
            if len(lst) < 2:
                fail(f"indicators: shared key {k!r} used only once ({lst[0].get('id')})")
            texts = {fold(x.get("text", "")) for x in lst}
            if len(texts) != 1:
                fail(f"indicators: shared key {k!r} has differing texts: {sorted(texts)}")
        got = {k: [x.get("id") for x in v] for k, v in shared.items()}
        if got != EXPECTED_SHARED:
            fail(f"indicators: shared keys {got} != expected {EXPECTED_SHARED}")
        # identical texts must carry a shared key
        by_text = {}
        for x in inds:
            by_text.setdefault(fold(x.get("text", "")), []).append(x)
        for t, lst in by_text.items():
            if len(lst) > 1:
                keys = {x.get("shared") for x in lst}
                if len(keys) != 1 or None in keys:
                    fail(f"indicators: repeated text without one shared key: {[x.get('id') for x in lst]}")

    # good-practice.json
    if gps is not None:
        seen = set()
        per = {}
        for x in gps:
            gid = x.get("id")
            if gid in seen:
                fail(f"good-practice: duplicate id {gid}")
            seen.add(gid)
            n, sc = x.get("domain"), x.get("scope")
            if not isinstance(n, int) or not 1 <= n <= 14:
                fail(f"good-practice: {gid} domain {n!r} not in 1..14")
                continue
            if sc not in ("local", "national"):
                fail(f"good-practice: {gid} scope {sc!r}")
                continue
            if not x.get("text") or x.get("text") != x.get("text").strip():
                fail(f"good-practice: {gid} empty or unstripped text")
            want_src = f"Framework 2019, section 7.{n}, {sc.capitalize()} Good Practice"
            if x.get("source") != want_src:
                fail(f"good-practice: {gid} source {x.get('source')!r} != {want_src!r}")
            per.setdefault((n, sc), []).append(x)
        for (n, sc), lst in per.items():
            for k, x in enumerate(lst, 1):
                want = f"{DOMAIN_IDS[n]}-{sc}-{k:02d}"
                if x.get("id") != want:
                    fail(f"good-practice: {x.get('id')!r} should be {want!r}")
        order = [(x.get("domain"), 0 if x.get("scope") == "local" else 1) for x in gps
                 if isinstance(x.get("domain"), int)]
        if order != sorted(order):
            fail("good-practice: not in document order (domain, local before national)")


def check_counts(inds, gps):
    if inds is None or gps is None:
        return
    tot = [0, 0, 0]
    for n, (ei, el, en) in EXPECTED_COUNTS.items():
        gi = sum(1 for x in inds if x.get("domain") == n)
        gl = sum(1 for x in gps if x.get("domain") == n and x.get("scope") == "local")
        gn = sum(1 for x in gps if x.get("domain") == n and x.get("scope") == "national")
        if (gi, gl, gn) != (ei, el, en):
            fail(f"counts: domain {n} ({DOMAIN_NAMES[n]}): indicators/local/national "
                 f"{gi}/{gl}/{gn} != expected {ei}/{el}/{en}")
        tot = [tot[0] + gi, tot[1] + gl, tot[2] + gn]
    if tuple(tot) != EXPECTED_TOTALS or (len(inds), len(gps)) != (
            EXPECTED_TOTALS[0], EXPECTED_TOTALS[1] + EXPECTED_TOTALS[2]):
        fail(f"counts: totals {tuple(tot)} (files: {len(inds)} indicators, {len(gps)} good practice) "
             f"!= expected {EXPECTED_TOTALS}")


def check_source(seed_path, fw, inds, gps):
    with open(seed_path, encoding="utf-8") as f:
        raw = f.read()
    src = fold(raw)
    # The extraction keeps the document's bold as **markdown**; strip it only
    # for the extra prose checks (principles), never for the required ones.
    src_plain = fold(raw.replace("**", ""))
    missing = []

    def need(label, text, hay=src):
        if not text or fold(text) not in hay:
            missing.append(f"{label}: {text!r}")

    for x in inds or []:
        need(f"indicator {x.get('id')}", x.get("text"))
    for x in gps or []:
        need(f"good practice {x.get('id')}", x.get("text"))
    if fw is not None:
        for d in fw.get("domains", []):
            for k, p in enumerate((d.get("intro") or "").split("\n\n"), 1):
                need(f"domain {d.get('number')} intro paragraph {k}", p)
            need(f"domain {d.get('number')} heading", f"7.{d.get('number')} {d.get('full_name')}")
        for c in fw.get("categories", []):
            if "description" in c:
                need(f"category {c.get('id')} description", c["description"])
        for p in fw.get("principles", []):
            need(f"principle {p.get('number')} title", p.get("title"))
            for k, para in enumerate((p.get("text") or "").split("\n\n"), 1):
                need(f"principle {p.get('number')} paragraph {k}", para, src_plain)
        for m in fw.get("marks", []):
            need(f"mark {m.get('id')} meaning", f"{m.get('symbol')} {m.get('meaning')}")
            need(f"mark {m.get('id')} key name", f"{m.get('symbol')} {m.get('name')}")
    # marks: each indicator row's symbols, in order, must follow its text in the source
    rows = {}
    for line in raw.split("\n"):
        if "\t" in line:
            t, _, m = line.partition("\t")
            rows.setdefault(fold(t), []).append(m.split())
    for x in inds or []:
        want = [MARKS.get(m, "?") for m in x.get("marks", [])]
        cands = rows.get(fold(x.get("text", "")), [])
        if want not in cands:
            missing.append(f"indicator {x.get('id')} marks {want} not found with its row (rows: {cands})")
    for m in missing:
        fail(f"source 001: missing after folding: {m}")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    root = argv[1]
    seeds = argv[2] if len(argv) > 2 else os.path.join(root, "..", "shared", "seeds")
    d = os.path.join(root, "data", "framework")
    fw = load(os.path.join(d, "framework.json"))
    inds = load(os.path.join(d, "indicators.json"))
    gps = load(os.path.join(d, "good-practice.json"))
    check_counts(inds, gps)
    check_structure(fw, inds, gps)
    seed_path = os.path.join(seeds, SEED_NAME)
    skipped = False
    if os.path.isfile(seed_path):
        check_source(seed_path, fw, inds, gps)
    else:
        skipped = True
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"{len(failures)} failure(s)")
        return 1
    if skipped:
        print(f"structure and counts OK; seed {seed_path} not found: source checks skipped")
        return 77
    print(f"OK: {len(inds)} indicators, {len(gps)} good-practice items, 14 domains; all texts found in {SEED_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# summarize.py — the closing line of ./test: "N passed, N failed[, N skipped]" from meson's
# testlog.json files and ./test's own extra results; exit 1 on any failure.
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import sys

passed = failed = skipped = 0
failures = []
for path in sys.argv[1:]:
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if path.endswith(".json"):
                rec = json.loads(line)
                result, name = rec["result"], rec["name"]
            else:
                result, name = line.split(" ", 1)
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
                failures.append(f"{name} ({result}) in {path}")
for f in failures:
    print(f"FAILED: {f}")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)

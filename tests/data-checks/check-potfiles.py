#!/usr/bin/env python3
# check-potfiles.py — fails when a source file with translatable strings is missing from po/POTFILES.in
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

root = sys.argv[1]
listed = set()
with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

C_MARK = re.compile(r'\b(?:_|N_|C_|NC_|g_dngettext|ngettext)\s*\(\s*"')
UI_MARK = re.compile(r'translatable="yes"')
missing, stale = [], []
for top in ("app", "ui", "model", "resources", "data"):
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for name in names:
            path = os.path.relpath(os.path.join(dirpath, name), root)
            try:
                text = open(os.path.join(root, path), encoding="utf-8").read()
            except (UnicodeDecodeError, OSError):
                continue
            marked = False
            if name.endswith((".c", ".h")):
                marked = bool(C_MARK.search(text))
            elif name.endswith(".ui"):
                marked = bool(UI_MARK.search(text))
            if marked and path not in listed:
                missing.append(path)
for path in listed:
    if not os.path.exists(os.path.join(root, path)):
        stale.append(path)

for path in missing:
    print(f"missing from po/POTFILES.in: {path}")
for path in stale:
    print(f"listed in po/POTFILES.in but does not exist: {path}")
sys.exit(1 if missing or stale else 0)

#!/usr/bin/env python3
# check-screenshots.py SOURCE_ROOT METAINFO — the metainfo's screenshots exist in data/screenshots at their stated size
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Each <screenshot> names a PNG under the project's raw GitHub address, data/screenshots/<name>.png
exists with the width and height the metainfo gives, it has a caption (its translations are
listed), and exactly one screenshot is the default."""
import os
import struct
import sys
import xml.etree.ElementTree as ET

URL_PREFIX = "https://raw.githubusercontent.com/pathways/Planner/main/data/screenshots/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise SystemExit(f"{path} is not a PNG")
    return struct.unpack(">II", head[16:24])


def main():
    root, metainfo = sys.argv[1], sys.argv[2]
    shots = ET.parse(metainfo).getroot().findall("screenshots/screenshot")
    problems = []
    if not shots:
        problems.append("no <screenshot>")
    if sum(1 for s in shots if s.get("type") == "default") != 1:
        problems.append("not exactly one default screenshot")
    for shot in shots:
        image = shot.find("image")
        url = image.text.strip()
        if not url.startswith(URL_PREFIX):
            problems.append(f"{url} is not under {URL_PREFIX}")
            continue
        path = os.path.join(root, "data", "screenshots", url[len(URL_PREFIX):])
        if not os.path.exists(path):
            problems.append(f"{url}: no {path}")
            continue
        size = png_size(path)
        stated = (int(image.get("width", 0)), int(image.get("height", 0)))
        if size != stated:
            problems.append(f"{path} is {size[0]}x{size[1]}, the metainfo says {stated[0]}x{stated[1]}")
        langs = {c.get(XML_LANG) for c in shot.findall("caption")}
        if None not in langs:
            problems.append(f"{url}: no caption")
        print(f"{os.path.basename(path)}: {size[0]}x{size[1]}, captions {sorted(x or 'C' for x in langs)}")
    for p in problems:
        print(f"screenshot problem: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

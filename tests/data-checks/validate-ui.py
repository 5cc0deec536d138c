#!/usr/bin/env python3
# validate-ui.py ROOT FILE.ui — run `gtk4-builder-tool validate` on a .ui file that uses our own
# widget types and template callbacks, which the tool cannot know.
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The tool stops at the first unknown type or callback. So, on a temporary copy:
# - each Pw* type used as an object class is checked to be defined in ui/*.c, then replaced by the
#   GTK type it derives from (so GTK still validates every property and child it can know);
# - each <signal handler="…"> is checked to be bound with gtk_widget_class_bind_template_callback
#   (or gtk_builder_cscope_add_callback) in ui/*.c, then removed;
# then the tool validates the copy. Any other problem is the tool's own verdict.
import glob
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

root = sys.argv[1]
if len(sys.argv) == 2:
    # Every .ui file of the project, each in its own run of this script.
    files = sorted(glob.glob(os.path.join(root, "resources", "**", "*.ui"), recursive=True))
    failed = [f for f in files if subprocess.run([sys.executable, __file__, root, f]).returncode != 0]
    print(f"validated {len(files)} .ui files, {len(failed)} failed")
    sys.exit(1 if failed or not files else 0)
ui_file = sys.argv[2]
sources = ""
for path in glob.glob(os.path.join(root, "ui", "*.c")):
    with open(path, encoding="utf-8") as f:
        sources += f.read()

# G_DEFINE_FINAL_TYPE (PwCoverageChart, pw_coverage_chart, GTK_TYPE_DRAWING_AREA)
defines = {}
for m in re.finditer(r"G_DEFINE_(?:FINAL_)?TYPE(?:_WITH_CODE|_WITH_PRIVATE)?\s*\(\s*(\w+)\s*,\s*\w+\s*,\s*(\w+)", sources):
    defines[m.group(1)] = m.group(2)


def gtk_name(type_macro):
    # GTK_TYPE_DRAWING_AREA -> GtkDrawingArea; PW_TYPE_X stays for a second lookup
    prefix, _, rest = type_macro.partition("_TYPE_")
    return prefix.capitalize() + "".join(w.capitalize() for w in rest.split("_"))


def resolve(type_name):
    seen = set()
    while type_name.startswith("Pw"):
        if type_name not in defines or type_name in seen:
            return None
        seen.add(type_name)
        type_name = gtk_name(defines[type_name])
    # GtkWidget itself is abstract; a box accepts every widget property and children
    return "GtkBox" if type_name == "GtkWidget" else type_name


callbacks = set(re.findall(r"bind_template_callback\s*\(\s*\w+\s*,\s*(\w+)\s*\)", sources))
callbacks |= set(re.findall(r"gtk_builder_cscope_add_callback(?:_symbol)?\s*\([^,]+,\s*\"?(\w+)", sources))

problems = []
tree = ET.parse(ui_file)
for parent in tree.iter():
    for child in list(parent):
        if child.tag == "signal":
            handler = child.get("handler")
            if handler not in callbacks:
                problems.append(f"signal handler {handler!r} is not bound in ui/*.c")
            parent.remove(child)
    if parent.tag == "object":
        cls = parent.get("class", "")
        if cls.startswith("Pw"):
            base = resolve(cls)
            if base is None:
                problems.append(f"type {cls!r} is not defined in ui/*.c")
            else:
                parent.set("class", base)

if problems:
    for p in problems:
        print(f"{ui_file}: {p}")
    sys.exit(1)

with tempfile.NamedTemporaryFile("wb", suffix=".ui", delete=False) as tmp:
    tree.write(tmp, encoding="UTF-8", xml_declaration=True)
try:
    result = subprocess.run(["gtk4-builder-tool", "validate", tmp.name], capture_output=True, text=True)
finally:
    os.unlink(tmp.name)
out = (result.stdout + result.stderr).replace(tmp.name, ui_file)
if out.strip():
    print(out.strip())
sys.exit(result.returncode)

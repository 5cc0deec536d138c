#!/usr/bin/env bash
# check-install.sh DESTDIR — the installed tree is complete and the installed binary runs
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
d=$1
prefix=$(meson introspect build --buildoptions | python3 -c 'import json,sys;print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$d$prefix"
need=(
  bin/pathways
  share/applications/io.github.pathways.Planner.desktop
  share/metainfo/io.github.pathways.Planner.metainfo.xml
  share/glib-2.0/schemas/io.github.pathways.Planner.gschema.xml
  share/icons/hicolor/scalable/apps/io.github.pathways.Planner.svg
  share/icons/hicolor/symbolic/apps/io.github.pathways.Planner-symbolic.svg
  share/mime/packages/io.github.pathways.Planner.xml
  share/locale/cy/LC_MESSAGES/pathways.mo
)
for f in "${need[@]}"; do
  [ -e "$root/$f" ] || { echo "missing from the install: $f"; exit 1; }
done
out=$(env -i PATH=/usr/bin:/bin "$root/bin/pathways" --version)
[ "$out" = "pathways 0.1.0" ] || { echo "installed binary printed: $out"; exit 1; }
echo "install tree complete; installed binary: $out"

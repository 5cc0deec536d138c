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
  share/pathways/pathways-plan.rng
  share/help/C/pathways/index.page
  share/help/C/pathways/pick-indicators.page
  share/man/man1/pathways.1
  share/pathways/examples/esol-conversation-cafe.pathways
)
for f in "${need[@]}"; do
  [ -e "$root/$f" ] || { echo "missing from the install: $f"; exit 1; }
done
out=$(env -i PATH=/usr/bin:/bin "$root/bin/pathways" --version)
[ "$out" = "pathways 0.1.0" ] || { echo "installed binary printed: $out"; exit 1; }
echo "install tree complete; installed binary: $out"
# The installed binary checks an installed example with no source tree at hand.
set +e
env -i PATH=/usr/bin:/bin "$root/bin/pathways" --check "$root/share/pathways/examples/esol-conversation-cafe.pathways" >/dev/null
code=$?
set -e
[ "$code" = 0 ] || [ "$code" = 1 ] || { echo "installed binary could not check an installed example (exit $code)"; exit 1; }
echo "installed binary checked an installed example (exit $code)"

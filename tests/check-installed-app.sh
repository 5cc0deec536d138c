#!/usr/bin/env bash
# check-installed-app.sh DESTDIR [BUILDDIR] — the app installed into DESTDIR works with no source tree:
# desktop integration files complete and valid, headless commands, the GUI opens an installed example
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Everything runs from an empty working directory with XDG_DATA_DIRS=$DESTDIR$prefix/share:/usr/share
# and the installed schemas compiled into a private folder, as after a package install.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
destdir=$(readlink -f "$1")
builddir=$(readlink -f "${2:-$here/../build}")
prefix=$(meson introspect "$builddir" --buildoptions |
         python3 -c 'import json,sys;print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$destdir$prefix"
share="$root/share"
app_id=io.github.pathways.Planner
bin="$root/bin/pathways"
example="$share/pathways/examples/friendship-club.pathways"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail () { echo "installed app: $*"; exit 1; }
step () { echo "ok - $*"; }

# 1. The tree: desktop integration, help, man page, translations, screenshots.
for f in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" "mime/packages/$app_id.xml" \
         "icons/hicolor/scalable/apps/$app_id.svg" "icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
         glib-2.0/schemas/$app_id.gschema.xml locale/cy/LC_MESSAGES/pathways.mo man/man1/pathways.1 \
         pathways/screenshots/canvas.png pathways/screenshots/indicators.png pathways/screenshots/evaluation.png; do
  [ -s "$share/$f" ] || fail "missing or empty: share/$f"
done
for page in "$here"/../data/help/C/*.page; do
  [ -s "$share/help/C/pathways/$(basename "$page")" ] || fail "help page not installed: $(basename "$page")"
done
step "installed tree: desktop file, metainfo, MIME type, icons, schema, cy catalogue, man page, screenshots, $(ls "$share/help/C/pathways" | wc -l) help pages"

# 2. The installed (merged, translated) files validate.
desktop-file-validate "$share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -q '^Name\[cy\]=' "$share/applications/$app_id.desktop" || fail "the desktop file has no Welsh"
appstreamcli validate --no-net --pedantic "$share/metainfo/$app_id.metainfo.xml" >"$work/as.txt" 2>&1 ||
  { cat "$work/as.txt"; fail "appstreamcli validate"; }
grep -q 'xml:lang="cy"' "$share/metainfo/$app_id.metainfo.xml" || fail "the metainfo has no Welsh"
step "desktop-file-validate and appstreamcli validate --pedantic pass on the installed files"
bash "$here/data-checks/check-mime.sh" "$share/mime/packages/$app_id.xml" \
  "$share/applications/$app_id.desktop" "$example" || fail "MIME type"
man -l "$share/man/man1/pathways.1" >/dev/null 2>&1 || [ ! -x /usr/bin/man ] || fail "man cannot read the page"

# 3. The installed binary, headless, in a clean environment.
mkdir -p "$work/schemas" "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
glib-compile-schemas --strict --targetdir="$work/schemas" "$share/glib-2.0/schemas"
run () {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LC_ALL=C.UTF-8 XDG_DATA_DIRS="$share:/usr/share" \
    XDG_RUNTIME_DIR="$work/runtime" GSETTINGS_SCHEMA_DIR="$work/schemas" GSETTINGS_BACKEND=memory "$@"
}
set +e
run "$bin" --check "$example" >"$work/check.txt"
code=$?
set -e
{ [ "$code" = 0 ] || [ "$code" = 1 ]; } || fail "--check of an installed example exited $code"
grep -q . "$work/check.txt" || fail "--check printed nothing"
run "$bin" --export-evaluation "$example" --output "$work/plan.pdf" || fail "--export-evaluation failed"
pages=$(pdfinfo "$work/plan.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 1 ] || fail "the exported evaluation plan has no pages"
pdftotext "$work/plan.pdf" - | tr -s ' \n' '  ' | grep -q "Annex 1" || fail "the exported PDF lacks its Annex 1 title"
step "--check (exit $code) and --export-evaluation ($pages-page PDF) of an installed example"
welsh=$(run env LANGUAGE=cy PATHWAYS_LOCALEDIR="$share/locale" "$bin" --help | head -n 3)
case "$welsh" in *Defnydd*) ;; *) fail "no Welsh from the installed catalogue: $welsh" ;; esac
step "the installed cy catalogue translates the installed binary (--help begins “$(echo "$welsh" | head -n 1)”)"

# 4. The GUI: opens the installed example; found by its accessible name; quits from its menu.
run env PATHWAYS_BIN="$bin" PW_E2E_EXAMPLE="$example" GDK_BACKEND=x11 GSK_RENDERER=cairo \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24" \
  /usr/bin/python3 "$here/e2e/installed_app.py" >"$work/gui.txt" 2>&1 ||
  { cat "$work/gui.txt"; fail "the installed GUI did not open the example and quit"; }
if grep -E '(pathways|Gtk|GLib)[-A-Za-z]*-(CRITICAL|WARNING)' "$work/gui.txt"; then
  fail "the installed GUI logged warnings"
fi
step "$(grep '^# window' "$work/gui.txt" | sed 's/^# //')"
echo "installed app works from $root"

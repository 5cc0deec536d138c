#!/usr/bin/env bash
# check-mime.sh MIME.xml DESKTOP-FILE PLAN — the plan file type registers with shared-mime-info
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a private MIME database from MIME.xml alone (update-mime-database) and checks the glob,
# the XML subclass, the root element, the icon, that GIO then types PLAN as a plan, and that the
# desktop file offers to open the type. Used on the built files (data check) and on the installed
# ones (tests/check-installed-app.sh).
set -euo pipefail
xml=$1 desktop=$2 plan=$3
type=application/x-pathways-plan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/io.github.pathways.Planner.xml"
XDG_DATA_DIRS="$tmp:/usr/share" update-mime-database "$tmp/mime"

fail () { echo "MIME check: $*"; exit 1; }
grep -qxF "50:$type:*.pathways" "$tmp/mime/globs2" || fail "globs2 has no *.pathways for $type"
grep -qxF "$type application/xml" "$tmp/mime/subclasses" || fail "$type is not a subclass of application/xml"
grep -qxF "urn:io.github.pathways:plan plan $type" "$tmp/mime/XMLnamespaces" ||
  fail "XMLnamespaces lacks the plan's root element"
grep -qxF "$type:io.github.pathways.Planner" "$tmp/mime/icons" || fail "the type has no icon"
got=$(XDG_DATA_DIRS="$tmp:/usr/share" gio info -a standard::content-type "$plan" |
      sed -n 's/^ *standard::content-type: //p')
[ "$got" = "$type" ] || fail "GIO types $plan as '$got', not $type"
grep -Eq "^MimeType=(.*;)?$type;" "$desktop" || fail "$desktop does not list MimeType=$type;"
echo "MIME type $type: glob *.pathways, subclass of application/xml, root element, icon; $(basename "$plan") is typed $got; the desktop file opens it"

#!/usr/bin/python3
# test_welsh.py — Pathways in Welsh: primary menu and canvas lanes through AT-SPI, the blank Annex 1 template as PDF
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The expected Welsh comes from po/cy.po when the test runs, so the test follows the translation
and fails when a string it checks has no Welsh translation.

LANGUAGE=cy is enough on Debian 12 as long as the locale is not C/POSIX: glibc ignores LANGUAGE
only for the locale named "C" (or "POSIX"), and C.UTF-8 is built into glibc 2.35 and later, so no
cy_GB locale has to be generated. PATHWAYS_LOCALEDIR points the app at the build tree's catalogues.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import E2EError, do_action, find, wait_for  # noqa: E402

SOURCE_ROOT = os.environ.get("PW_SOURCE_ROOT",
                             os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BUILD_ROOT = os.environ.get("PW_BUILD_ROOT", os.path.join(SOURCE_ROOT, "build"))
WELSH_ENV = {
    "LANGUAGE": "cy",
    "LC_ALL": "C.UTF-8",
    "PATHWAYS_LOCALEDIR": os.path.join(BUILD_ROOT, "po"),
}
LANES = ["Barriers", "Activities", "Outputs", "Intermediate outcomes", "Goal"]
ANNEX_FIELDS = [
    "Your Theory of Change Outcome", "Theory of Change for Integration Outcome", "Indicators",
    "Data source and frequency of data collection, questions", "Data collection methods/related activities",
    "Sample", "Responsibility", "Data collection and analysis process", "Timeline",
]


def _unquote(s):
    """The body of a PO string literal, with its C escapes resolved."""
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r'\\(.)', lambda m: escapes.get(m.group(1), m.group(1)), s[1:-1])


def read_po(path):
    """{(msgctxt or None, msgid): msgstr} for the translated entries that msgfmt compiles:
    not fuzzy, not obsolete (#~); for plurals, the first form."""
    catalogue = {}
    state = {"entry": {}, "fuzzy": False, "field": None}

    def flush():
        entry = state["entry"]
        if entry.get("msgid") and entry.get("msgstr") and not state["fuzzy"]:
            catalogue[(entry.get("msgctxt"), entry["msgid"])] = entry["msgstr"]
        state.update(entry={}, fuzzy=False, field=None)

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith("#~"):
                continue
            if "msgstr" in state["entry"] and re.match(r"#|msgctxt |msgid ", line):
                flush()
            if line.startswith("#"):
                state["fuzzy"] = state["fuzzy"] or (line.startswith("#,") and "fuzzy" in line)
                continue
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")$', line)
            if m:
                field = m.group(1) if m.group(2) in (None, "0") else "msgstr_other"
                state["field"] = field
                state["entry"][field] = _unquote(m.group(3))
            elif line.startswith('"') and state["field"] is not None:
                state["entry"][state["field"]] += _unquote(line)
    flush()
    return catalogue


def welsh(catalogue, msgid, context=None):
    text = catalogue.get((context, msgid))
    if not text or text == msgid:
        raise E2EError(f"po/cy.po has no Welsh translation for {msgid!r}")
    return text


def menu_labels():
    """The primary menu's item and submenu labels as written in resources/ui/pw-window.ui
    (with mnemonics), in menu order."""
    tree = ET.parse(os.path.join(SOURCE_ROOT, "resources", "ui", "pw-window.ui"))
    menu = tree.getroot().find("menu[@id='primary_menu']")
    labels = []
    for item in menu.iter():
        label = item.find("attribute[@name='label']") if item.tag in ("item", "submenu") else None
        if label is not None:
            labels.append(label.text)
    return labels


def check_menu(app, win, catalogue):
    button_name = welsh(catalogue, "Main Menu")
    menu_button = wait_for(lambda: find(win, "toggle button", name_is=button_name)
                           or find(win, "push button", name_is=button_name), what=f"{button_name!r} button")
    do_action(menu_button)
    checked = []
    for label in menu_labels():
        expected = welsh(catalogue, label).replace("_", "")
        wait_for(lambda: find(win, "menu item", name_is=expected), timeout=10,
                 what=f"menu item {expected!r} (for {label!r})")
        checked.append(expected)
    pwtest.log("primary menu in Welsh: " + ", ".join(checked))
    for label in menu_labels():
        english = label.replace("_", "")
        if find(win, "menu item", name_is=english) is not None:
            raise E2EError(f"menu item {english!r} is still in English")
    pwtest.press_keys("Escape")


def check_lanes(win, catalogue):
    names = []
    for lane in LANES:
        expected = welsh(catalogue, lane)
        wait_for(lambda: find(win, "label", name_is=expected), timeout=10, what=f"lane heading {expected!r}")
        if find(win, "label", name_is=lane) is not None:
            raise E2EError(f"lane heading {lane!r} is still in English")
        names.append(expected)
    pwtest.log("canvas lanes in Welsh: " + ", ".join(names))


def squeeze(text):
    return re.sub(r"\s+", "", text)


def check_blank_template(catalogue):
    binary = os.environ.get("PATHWAYS_BIN") or os.path.join(BUILD_ROOT, "app", "pathways")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, "templed.pdf")
        env = dict(os.environ, **WELSH_ENV)
        subprocess.run([binary, "--export-blank-template", pdf], env=env, check=True, cwd=tmp)
        text = squeeze(subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                                      text=True).stdout)
    for field in ANNEX_FIELDS:
        expected = welsh(catalogue, field)
        if squeeze(expected) not in text:
            raise E2EError(f"the blank template lacks the Welsh field name {expected!r} ({field!r})")
    for english in ("Responsibility", "Timeline", "Sample"):
        if english in text:
            raise E2EError(f"the blank template still says {english!r}")
    pwtest.log(f"blank template: {len(ANNEX_FIELDS)} Annex 1 field names in Welsh")


def check_catalogue_built():
    """meson test rebuilds only what tests link; the catalogue comes from a full build."""
    po = os.path.join(SOURCE_ROOT, "po", "cy.po")
    mo = os.path.join(BUILD_ROOT, "po", "cy", "LC_MESSAGES", "pathways.mo")
    if not os.path.exists(mo) or os.path.getmtime(mo) < os.path.getmtime(po):
        raise E2EError(f"{mo} is missing or older than po/cy.po: run ninja -C {BUILD_ROOT} first")


def test():
    check_catalogue_built()
    catalogue = read_po(os.path.join(SOURCE_ROOT, "po", "cy.po"))
    pwtest.log(f"po/cy.po: {len(catalogue)} translated messages")
    check_blank_template(catalogue)
    app = pwtest.App(env=WELSH_ENV)
    try:
        win = app.window("Pathways")
        untitled = welsh(catalogue, "Untitled plan")
        if untitled not in pwtest.name(win):
            raise E2EError(f"the window title {pwtest.name(win)!r} lacks {untitled!r}")
        check_lanes(win, catalogue)
        check_menu(app, win, catalogue)
    finally:
        app.kill()


if __name__ == "__main__":
    pwtest.main(test)

#!/usr/bin/python3
# test_picker.py — open the ESOL café plan, select its outcome, search the bank for "language practice",
# attach the indicator from the Indicators page, save with Ctrl+S, quit, reopen and find it attached
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import ctypes
import os
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import do_action, find, name, wait_for  # noqa: E402

EXAMPLE = os.path.join(os.environ.get("PW_SOURCE_ROOT", os.path.join(os.path.dirname(__file__), "..", "..")),
                       "data", "examples", "esol-conversation-cafe.pathways")
INDICATOR_ID = "language-07"
INDICATOR = "% participating in initiatives to provide language practice outside of classes"
QUERY = "language practice"
SEARCH_NAME = "Search indicators and the keyword index"


class XTest:
    """Real pointer clicks and key presses through the X server's XTEST extension."""

    def __init__(self):
        self.x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
        self.xtst = ctypes.cdll.LoadLibrary("libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XStringToKeysym.restype = ctypes.c_ulong
        self.x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                                                   ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise pwtest.E2EError("cannot open the X display")

    def _code(self, keysym):
        code = self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(keysym.encode()))
        if code == 0:
            raise pwtest.E2EError(f"no key for {keysym}")
        return code

    def press(self, combo, pause=0.3):
        """'Return', '<Control>s'"""
        mods, key = [], combo
        while key.startswith("<"):
            mod, key = key[1:].split(">", 1)
            mods.append(self._code({"control": "Control_L", "shift": "Shift_L"}[mod.lower()]))
        for code in mods + [self._code(key)]:
            self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        for code in reversed(mods + [self._code(key)]):
            self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XFlush(self.display)
        time.sleep(pause)

    def click_at(self, x, y, pause=0.5):
        """Under Xvfb without a window manager the window sits at (0, 0), so window coordinates
        are the screen's."""
        self.xtst.XTestFakeMotionEvent(self.display, -1, x, y, 0)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 1, 0)
        self.xtst.XTestFakeButtonEvent(self.display, 1, 0, 0)
        self.x11.XFlush(self.display)
        time.sleep(pause)


def plan_without_indicator(path):
    """The guide's ESOL café plan, with the language-practice indicator not yet attached."""
    with open(EXAMPLE, encoding="utf-8") as f:
        xml = f.read()
    xml, n = re.subn(r'\s*<indicator [^>]*ref="%s"[^>]*>.*?</indicator>' % INDICATOR_ID, "", xml, flags=re.S)
    if n != 1:
        raise pwtest.E2EError(f"the example plan does not hold {INDICATOR_ID} once")
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


def outcome_card(win):
    return find(win, "push button", name_contains="Outcome: ")


def selected(node):
    try:
        return node.getState().contains(pwtest.pyatspi.STATE_SELECTED)
    except Exception:
        return False


def select_outcome_and_open_picker(win, xtest):
    """As a keyboard user: into the canvas (a click on its empty corner), then the arrow keys
    across the lanes to the outcome, which selects it."""
    card = wait_for(lambda: outcome_card(win), what="the outcome card on the canvas")
    canvas = wait_for(lambda: find(win, "panel", name_is="Theory of change canvas"), what="the canvas")
    x, y, w, h = canvas.queryComponent().getExtents(pwtest.pyatspi.WINDOW_COORDS)
    xtest.click_at(x + 15, y + h - 15)
    for _ in range(6):
        if selected(outcome_card(win)):
            break
        xtest.press("Right")
    else:
        raise pwtest.E2EError("the arrow keys did not reach the outcome card")
    do_action(wait_for(lambda: find(win, "page tab", name_is="Indicators"), what="the Indicators tab"))
    wait_for(lambda: find(win, "label", name_contains="Attaching to the outcome “Participants"),
             what="the Indicators page to target the selected outcome")
    return outcome_card(win)


def search(win, query):
    entry = wait_for(lambda: find(win, "entry", name_is=SEARCH_NAME), what="the search entry")
    entry.queryEditableText().setTextContents(query)
    return wait_for(lambda: find(win, "panel", name_contains=INDICATOR),
                    what=f"the result {INDICATOR!r}")


def test():
    tmp = tempfile.mkdtemp(prefix="pathways-e2e-picker-")
    env = {"XDG_DATA_HOME": os.path.join(tmp, "data"), "XDG_CONFIG_HOME": os.path.join(tmp, "config")}
    path = os.path.join(tmp, "esol-cafe.pathways")
    plan_without_indicator(path)
    xtest = XTest()

    app = pwtest.App(path, env=env)
    try:
        win = app.window("Pathways")
        card = select_outcome_and_open_picker(win, xtest)
        if "2 indicators." not in name(card):
            raise pwtest.E2EError(f"the outcome should start with 2 indicators: {name(card)!r}")
        row = search(win, QUERY)
        pwtest.log(f"found {name(row)[:70]!r}…")
        do_action(wait_for(lambda: find(row, "push button", name_is="Attach"), what="the row's Attach button"))
        wait_for(lambda: find(row, "label", name_is="✓ Attached"), what="the row to show it is attached")
        wait_for(lambda: "3 indicators." in name(outcome_card(win)), what="the card to count 3 indicators")
        wait_for(lambda: name(win).startswith("Pathways — *"), what="the unsaved mark in the title")
        xtest.press("<Control>s")
        wait_for(lambda: not name(win).startswith("Pathways — *"), what="the plan to be saved")
        with open(path, encoding="utf-8") as f:
            if f'ref="{INDICATOR_ID}"' not in f.read():
                raise pwtest.E2EError(f"{INDICATOR_ID} is not in the saved file")
        xtest.press("<Control>q")
        if app.quit() != 0:
            raise pwtest.E2EError("the app did not exit cleanly")
    finally:
        app.kill()

    app = pwtest.App(path, env=env)
    try:
        win = app.window("Pathways")
        card = select_outcome_and_open_picker(win, xtest)
        if "3 indicators." not in name(card):
            raise pwtest.E2EError(f"the reopened outcome should have 3 indicators: {name(card)!r}")
        row = search(win, QUERY)
        wait_for(lambda: find(row, "label", name_is="✓ Attached"), what="the indicator to show as attached")
        if find(row, "push button", name_is="Attach") is not None:
            raise pwtest.E2EError("an attached indicator still offers Attach")
        pwtest.log("reopened: the indicator is attached to the outcome")
        xtest.press("<Control>q")
        if app.quit() != 0:
            raise pwtest.E2EError("the app did not exit cleanly")
    finally:
        app.kill()


if __name__ == "__main__":
    pwtest.main(test)

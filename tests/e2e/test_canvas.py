#!/usr/bin/python3
# test_canvas.py — the canvas through AT-SPI and the keyboard only: add cards with the lane buttons,
# type titles in place, link by keyboard (L, Enter), delete and undo, as a screen-reader user would
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import ctypes
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import do_action, find, wait_for  # noqa: E402


class Keyboard:
    """Key presses through XTEST (the AT-SPI registry cannot always synthesise keys under Xvfb)."""

    MODIFIERS = {"control": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}

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
        self.display = self.x11.XOpenDisplay(None)
        if not self.display:
            raise pwtest.E2EError("cannot open the X display for key presses")

    def _code(self, name):
        code = self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(name.encode()))
        if code == 0:
            raise pwtest.E2EError(f"no key for {name}")
        return code

    def press(self, combo, pause=0.3):
        """'Return', 'l', '<Control>z', '<Alt>Right'"""
        mods, key = [], combo
        while key.startswith("<"):
            mod, key = key[1:].split(">", 1)
            mods.append(self._code(self.MODIFIERS[mod.lower()]))
        code = self._code(key)
        for m in mods:
            self.xtst.XTestFakeKeyEvent(self.display, m, 1, 0)
        self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        for m in reversed(mods):
            self.xtst.XTestFakeKeyEvent(self.display, m, 0, 0)
        self.x11.XFlush(self.display)
        time.sleep(pause)


def focused(node):
    try:
        return node.getState().contains(pwtest.pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def card(canvas, prefix):
    """A card is a push button named "Kind: title. …" (domains, indicators, warnings, links)."""
    return find(canvas, "push button", name_contains=prefix)


def edit_title(canvas, keys, kind, title):
    editor = wait_for(lambda: find(canvas, "text", name_is=f"Title of the {kind}"), what=f"{kind} title editor")
    wait_for(lambda: focused(editor), what="the title editor to take the focus")
    editor.queryEditableText().setTextContents(title)
    keys.press("Return")
    return wait_for(lambda: card(canvas, f"{kind}: {title}."), what=f"card {kind}: {title}")


def add_card(canvas, keys, kind, title):
    do_action(wait_for(lambda: find(canvas, "push button", name_is=f"Add {kind}"), what=f"Add {kind} button"))
    node = edit_title(canvas, keys, kind, title)
    pwtest.log(f"added {kind}: {title}")
    return node


def test():
    app = pwtest.App()
    try:
        keys = Keyboard()
        win = app.window()
        canvas = wait_for(lambda: find(win, "panel", name_is="Theory of change canvas"), what="the canvas")
        for kind in ("Barrier", "Activity", "Output", "Outcome", "Goal"):
            wait_for(lambda: find(canvas, "push button", name_is=f"Add {kind}"), what=f"Add {kind}")

        add_card(canvas, keys, "Barrier", "Little spoken English")
        add_card(canvas, keys, "Activity", "Conversation café")
        activity = card(canvas, "Activity: Conversation café.")
        wait_for(lambda: focused(activity), what="the new card to keep the focus")

        # Keyboard linking: Left to the barrier, L offers the nearest target, Enter links.
        keys.press("Left")
        wait_for(lambda: focused(card(canvas, "Barrier: Little spoken English.")), what="focus on the barrier")
        keys.press("l")
        wait_for(lambda: focused(card(canvas, "Activity: Conversation café.")), what="the offered link target")
        keys.press("Return")
        wait_for(lambda: "Leads to: Conversation café." in card(canvas, "Barrier: Little spoken English.").name,
                 what="the barrier announcing its link")
        pwtest.log("linked barrier → activity with L and Enter")

        # F2 renames the focused card in place. Letters typed into the editor are text, not the
        # canvas's one-key commands (l links, g adds a goal, a adds an activity…).
        keys.press("Left")
        keys.press("F2")
        editor = wait_for(lambda: find(canvas, "text", name_is="Title of the Barrier"), what="title editor (F2)")
        wait_for(lambda: focused(editor), what="the title editor to take the focus")
        editor.queryEditableText().setTextContents("Isolated women with little")
        keys.press("End")
        for key in ("space", "<Shift>e", "n", "g", "l", "i", "s", "h"):
            keys.press(key, pause=0.1)
        keys.press("Return")
        wait_for(lambda: card(canvas, "Barrier: Isolated women with little English."), what="renamed barrier")
        if card(canvas, "Goal:") is not None or card(canvas, "Activity: Untitled") is not None:
            raise pwtest.E2EError("typing in the title editor ran canvas shortcuts")
        wait_for(lambda: "Leads to: Conversation café." in card(canvas, "Barrier: Isolated women").name,
                 what="the renamed barrier keeping its link")

        # Alt+Right moves the activity into the outputs lane; the model refuses moving the barrier
        # there (its link would point backwards), and nothing changes.
        keys.press("Right")
        wait_for(lambda: focused(card(canvas, "Activity: Conversation café.")), what="focus on the activity")
        keys.press("Left")
        keys.press("<Alt>Right")
        wait_for(lambda: focused(card(canvas, "Barrier: Isolated women")), what="the barrier, not moved")
        pwtest.log("a refused move leaves the barrier in its lane")

        # Delete the activity, then undo: it comes back with its link.
        keys.press("Right")
        wait_for(lambda: focused(card(canvas, "Activity: Conversation café.")), what="focus on the activity")
        keys.press("Delete")
        wait_for(lambda: card(canvas, "Activity: Conversation café.") is None, what="the activity deleted")
        wait_for(lambda: "Leads to" not in card(canvas, "Barrier: Isolated women").name,
                 what="its link gone with it")
        keys.press("<Control>z")
        wait_for(lambda: card(canvas, "Activity: Conversation café."), what="the activity restored by undo")
        wait_for(lambda: "Leads to: Conversation café." in card(canvas, "Barrier: Isolated women").name,
                 what="the link restored by undo")
        pwtest.log("delete and undo restore the card and its link")
    finally:
        app.kill()


if __name__ == "__main__":
    pwtest.main(test)

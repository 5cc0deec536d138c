#!/usr/bin/python3
# test_recovery.py — type a card, let Pathways back it up, kill it with SIGKILL, start it again,
# accept the offer to restore, and find the card
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import ctypes
import glob
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import do_action, find, wait_for  # noqa: E402

TITLE = "Women have few chances to practise English outside class"


def press_return():
    """A real Return key press through XTEST (the AT-SPI registry may not synthesise keys)."""
    x11 = ctypes.cdll.LoadLibrary("libX11.so.6")
    xtst = ctypes.cdll.LoadLibrary("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XStringToKeysym.restype = ctypes.c_ulong
    x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
    x11.XKeysymToKeycode.restype = ctypes.c_ubyte
    x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
    display = x11.XOpenDisplay(None)
    if not display:
        raise pwtest.E2EError("cannot open the X display for key presses")
    code = x11.XKeysymToKeycode(display, x11.XStringToKeysym(b"Return"))
    xtst.XTestFakeKeyEvent(display, code, 1, 0)
    xtst.XTestFakeKeyEvent(display, code, 0, 0)
    x11.XFlush(display)
    x11.XCloseDisplay(display)
    time.sleep(0.25)


def focused(node):
    try:
        return node.getState().contains(pwtest.pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def recovery_copies(state):
    return glob.glob(os.path.join(state, "pathways", "recovery", "*.pathways"))


def copy_has_title(state):
    for path in recovery_copies(state):
        with open(path, encoding="utf-8") as f:
            if TITLE in f.read():
                return path
    return None


def card(win):
    return find(win, "push button", name_contains=f"Barrier: {TITLE}.")


def test():
    tmp = tempfile.mkdtemp(prefix="pathways-e2e-recovery-")
    state = os.path.join(tmp, "state")
    env = {"XDG_STATE_HOME": state, "XDG_DATA_HOME": os.path.join(tmp, "data"),
           "PATHWAYS_AUTOSAVE_SECONDS": "1"}
    first = second = None
    try:
        # 1. A new plan; add a barrier and type its title, as an officer would.
        first = pwtest.App(env=env)
        win = first.window("Pathways")
        do_action(wait_for(lambda: find(win, "push button", name_is="Add Barrier"), what="Add Barrier button"))
        editor = wait_for(lambda: find(win, "text", name_is="Title of the Barrier"), what="the title editor")
        wait_for(lambda: focused(editor), what="the title editor to take the focus")
        editor.queryEditableText().setTextContents(TITLE)
        press_return()
        wait_for(lambda: card(win), what="the new card")

        # 2. Pathways backs it up within its interval, then dies without a chance to save.
        copy = wait_for(lambda: copy_has_title(state), timeout=15, what="a recovery copy with the card")
        pwtest.log(f"recovery copy written: {os.path.basename(copy)} (mode {oct(os.stat(copy).st_mode & 0o777)})")
        if os.stat(os.path.dirname(copy)).st_mode & 0o777 != 0o700:
            raise pwtest.E2EError("the recovery folder is not private (0700)")
        first.kill()
        pwtest.log("killed the app with SIGKILL")
        time.sleep(1)  # let the accessibility registry forget the dead process

        # 3. Start again: the offer is in the window; Restore.
        second = pwtest.App(env=env)
        win = second.window("Pathways")
        question = wait_for(lambda: find(win, name_contains="Pathways closed unexpectedly"),
                            what="the offer to restore")
        pwtest.log(f"offer: {pwtest.name(question)!r}")
        # GTK 4.8 names a text button "label + text" ("Restore Restore"), and reports no SHOWING state.
        do_action(wait_for(lambda: find(win, "push button", name_contains="Restore"), what="the Restore button"))

        # 4. The card is back, the plan unsaved, and this process holds the copy.
        node = wait_for(lambda: card(win), what="the restored card")
        pwtest.log(f"restored card: {pwtest.name(node)!r}")
        wait_for(lambda: pwtest.name(second.window("Pathways")).startswith("Pathways — *"),
                 what="the window title to mark unsaved changes")
        wait_for(lambda: find(win, "push button", name_contains="Restore") is None,
                 what="the offer to go away after Restore")
        if not recovery_copies(state):
            raise pwtest.E2EError("the restored plan has no recovery copy of its own")
    finally:
        for app in (first, second):
            if app is not None:
                app.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    pwtest.main(test)

#!/usr/bin/python3
# test_esol_plan.py — build the IOM guide's ESOL conversation café plan as a user would (keyboard and
# accessible actions only), save it through the Save dialog, quit, reopen it from Open Recent, find it again
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import ctypes
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import do_action, find, find_all, name, role, wait_for  # noqa: E402

# The worked example of the IOM practitioners' guide (ESOL women / language café), reduced to one
# chain per activity: a barrier, two activities, two outputs, an outcome and a goal.
BARRIER = "Isolated women with limited English struggle to keep up ESOL attendance"
ACTIVITY_1 = "Friendship and language café"
ACTIVITY_2 = "Support for volunteers and staff"
OUTPUT_1 = "Regular interactions with local English speakers"
OUTPUT_2 = "Supported informal language practice with flexible access"
OUTCOME = "Participants have conversations regularly with local English speakers"
GOAL = "Women feel part of their local community"
PLAN_TITLE = "ESOL conversation café"
LINKS = [(BARRIER, ACTIVITY_1), (BARRIER, ACTIVITY_2), (ACTIVITY_1, OUTPUT_1), (ACTIVITY_2, OUTPUT_2),
         (OUTPUT_1, OUTCOME), (OUTPUT_2, OUTCOME), (OUTCOME, GOAL)]
KIND_OF = {BARRIER: "Barrier", ACTIVITY_1: "Activity", ACTIVITY_2: "Activity", OUTPUT_1: "Output",
           OUTPUT_2: "Output", OUTCOME: "Outcome", GOAL: "Goal"}


class Keyboard:
    """Real key presses through the X server's XTEST extension: the AT-SPI registry may have been
    started without the display and cannot always synthesise keys by name."""

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

    def _code(self, keysym_name):
        code = self.x11.XKeysymToKeycode(self.display, self.x11.XStringToKeysym(keysym_name.encode()))
        if code == 0:
            raise pwtest.E2EError(f"no key for {keysym_name}")
        return code

    def press(self, combo, pause=0.25):
        """'Return', 'l', '<Control>s', '<Control><Shift>s'"""
        mods = []
        key = combo
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


def card_node(win, title):
    """A card on the canvas: a button named 'Kind: title. …'."""
    prefix = f"{KIND_OF[title]}: {title}."
    return find(win, "push button", name_contains=prefix)


def add_card(win, keys, title):
    kind = KIND_OF[title]
    do_action(wait_for(lambda: find(win, "push button", name_is=f"Add {kind}"), what=f"Add {kind} button"))
    editor = wait_for(lambda: find(win, "text", name_is=f"Title of the {kind}"), what=f"{kind} title editor")
    wait_for(lambda: focused(editor), what="the title editor to take the focus")
    editor.queryEditableText().setTextContents(title)
    keys.press("Return")
    wait_for(lambda: card_node(win, title), what=f"card {title!r}")
    pwtest.log(f"added {kind}: {title}")


ORDER = ["Barrier", "Activity", "Output", "Outcome", "Goal"]


def focused_title(win):
    for title in KIND_OF:
        node = card_node(win, title)
        if node is not None and focused(node):
            return title
    return None


def focus_card(win, keys, title):
    """Walk the canvas with the arrow keys to @title: across lanes, then along the lane."""
    for _ in range(20):
        current = focused_title(win)
        if current == title:
            return
        if current is None:
            raise pwtest.E2EError("no card has the keyboard focus")
        step = ORDER.index(KIND_OF[title]) - ORDER.index(KIND_OF[current])
        if step != 0:
            keys.press("Right" if step > 0 else "Left")
        else:
            keys.press("Down" if list(KIND_OF).index(title) > list(KIND_OF).index(current) else "Up")
    raise pwtest.E2EError(f"could not move the focus to {title!r}")


def link_cards(win, keys, source, target):
    """Keyboard linking: focus the source card, L, arrows to the target, Enter."""
    focus_card(win, keys, source)
    keys.press("l")
    for _ in range(6):
        if focused_title(win) == target:
            break
        keys.press("Down")
    else:
        raise pwtest.E2EError(f"could not reach {target!r} while linking from {source!r}")
    keys.press("Return")
    pwtest.log(f"linked {source!r} → {target!r}")


def name_plan(win, title):
    """The sidebar's Plan page: type the plan's title."""
    do_action(wait_for(lambda: find(win, "page tab", name_is="Plan"), what="the Plan page tab"))
    page = wait_for(lambda: find(win, name_is="Plan details"), what="the Plan page")
    entry = wait_for(lambda: find(page, "text", name_is="Title"), what="the plan title entry")
    entry.queryEditableText().setTextContents(title)
    wait_for(lambda: name(win) == f"Pathways — *{title}", what="the window title to follow the plan")
    do_action(find(win, "page tab", name_is="Card"))


def save_through_dialog(app, win, keys, path):
    keys.press("<Control>s")
    dialog = app.window("Save the Plan")
    entry = wait_for(lambda: find(dialog, "text", name_contains="Name"), what="file name entry")
    entry.queryEditableText().setTextContents(path[:-len(".pathways")])  # the app adds the suffix
    time.sleep(0.3)
    # GTK 4.8 names a mnemonic button "_Save Save".
    save = wait_for(lambda: next((b for b in find_all(dialog, "push button")
                                  if name(b) == "Save" or name(b).endswith(" Save")), None), what="Save button")
    do_action(save)
    wait_for(lambda: os.path.exists(path), what=f"{path} on disk")
    wait_for(lambda: not name(win).startswith("Pathways — *"), what="the unsaved mark to go")


def main_menu_button(win):
    return wait_for(lambda: find(win, "toggle button", name_is="Main Menu")
                    or find(win, "push button", name_is="Main Menu"), what="Main Menu button")


def open_recent(win, basename):
    """Main Menu ▸ Open Recent ▸ the file, retrying while the popover builds its submenu."""
    menu_button = main_menu_button(win)
    for attempt in range(3):
        if find(win, "menu item", name_is="Open Recent") is None:
            do_action(menu_button)
        recent = wait_for(lambda: find(win, "menu item", name_is="Open Recent"), what="Open Recent submenu")
        do_action(recent)
        try:
            item = wait_for(lambda: find(win, "menu item", name_is=basename), timeout=6,
                            what="the recent plan in the submenu")
        except pwtest.E2EError:
            pwtest.log(f"Open Recent: no {basename} yet (attempt {attempt + 1})")
            continue
        time.sleep(0.5)  # the submenu slides in
        do_action(item)
        return
    raise pwtest.E2EError(f"{basename} is not in Open Recent")


def test():
    tmp = tempfile.mkdtemp(prefix="pathways-e2e-esol-")
    env = {"XDG_DATA_HOME": os.path.join(tmp, "data"), "XDG_CONFIG_HOME": os.path.join(tmp, "config")}
    path = os.path.join(tmp, "esol-cafe.pathways")
    keys = Keyboard()

    app = pwtest.App(env=env)
    try:
        win = app.window("Pathways")
        for title in (BARRIER, ACTIVITY_1, ACTIVITY_2, OUTPUT_1, OUTPUT_2, OUTCOME, GOAL):
            add_card(win, keys, title)
        for source, target in LINKS:
            link_cards(win, keys, source, target)
        name_plan(win, PLAN_TITLE)
        wait_for(lambda: name(win).startswith("Pathways — *"), what="the unsaved mark in the title")
        save_through_dialog(app, win, keys, path)
        pwtest.log(f"saved {path} ({os.path.getsize(path)} bytes)")
        with open(path, encoding="utf-8") as f:
            xml = f.read()
        for title in KIND_OF:
            if title not in xml:
                raise pwtest.E2EError(f"{title!r} is not in the saved file")
        if xml.count("<link ") != len(LINKS):
            raise pwtest.E2EError(f"the saved file has {xml.count('<link ')} links, expected {len(LINKS)}")
        keys.press("<Control>q")
        if app.quit() != 0:
            raise pwtest.E2EError("the app did not exit cleanly")
    finally:
        app.kill()

    # Reopen it as the officer would the next morning: Main Menu ▸ Open Recent.
    app = pwtest.App(env=env)
    try:
        win = app.window("Pathways")
        open_recent(win, os.path.basename(path))
        wait_for(lambda: name(win) == f"Pathways — {PLAN_TITLE}", what="the plan's title in the window title")
        wait_for(lambda: card_node(win, OUTCOME), what="the reopened plan on the canvas")
        for title in KIND_OF:
            wait_for(lambda t=title: card_node(win, t), what=f"card {title!r} after reopening")
        outcome = card_node(win, OUTCOME)
        pwtest.log(f"reopened: {name(outcome)!r}")
        if name(win).startswith("Pathways — *"):
            raise pwtest.E2EError("a freshly opened plan shows as unsaved")
        do_action(main_menu_button(win))
        do_action(wait_for(lambda: find(win, "menu item", name_is="Quit"), what="Quit menu item"))
        if app.quit() != 0:
            raise pwtest.E2EError("the app did not exit cleanly")
    finally:
        app.kill()


if __name__ == "__main__":
    pwtest.main(test)

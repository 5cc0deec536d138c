#!/usr/bin/python3
# installed_app.py — for tests/check-installed-app.sh: the installed app opens an installed example and quits
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run under dbus-run-session and xvfb-run with PATHWAYS_BIN (the installed binary) and
PW_E2E_EXAMPLE (an installed example plan) set."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import E2EError, do_action, find, name, wait_for  # noqa: E402

LANES = ["Barriers", "Activities", "Outputs", "Intermediate outcomes", "Goal"]


def test():
    app = pwtest.App(os.environ["PW_E2E_EXAMPLE"])
    try:
        win = app.window("Pathways")
        wait_for(lambda: "Friendship Club" in name(win), what="the example's title in the window title")
        for lane in LANES:
            wait_for(lambda: find(win, "label", name_is=lane), timeout=10, what=f"lane {lane!r}")
        title = name(win)
        menu_button = wait_for(lambda: find(win, "toggle button", name_is="Main Menu")
                               or find(win, "push button", name_is="Main Menu"), what="Main Menu button")
        do_action(menu_button)
        do_action(wait_for(lambda: find(win, "menu item", name_is="Quit"), what="Quit menu item"))
        code = app.quit()
        if code != 0:
            raise E2EError(f"the app exited with {code}")
        pwtest.log(f"window {title!r} with its five lanes; quit from the menu with exit 0")
    finally:
        app.kill()


if __name__ == "__main__":
    pwtest.main(test)

#!/usr/bin/python3
# test_about.py — launch, find the main window, open About from the primary menu, read the version, quit
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pwtest  # noqa: E402
from pwtest import do_action, find, wait_for  # noqa: E402


def test():
    app = pwtest.App()
    try:
        win = app.window("Pathways")
        menu_button = wait_for(lambda: find(win, "toggle button", name_is="Main Menu")
                               or find(win, "push button", name_is="Main Menu"), what="Main Menu button")
        do_action(menu_button)
        about_item = wait_for(lambda: find(win, "menu item", name_is="About Pathways"),
                              what="About Pathways menu item")
        do_action(about_item)
        about = app.window("About Pathways")
        version = wait_for(lambda: find(about, name_contains="0.1.0"), what="version label")
        pwtest.log(f"About shows version label {version.name!r}")
        close = wait_for(lambda: find(about, "push button", name_is="Close"), what="About close button",
                         timeout=5) if find(about, "push button", name_is="Close") else None
        if close is not None:
            do_action(close)
        else:
            about.queryComponent()  # still alive
        # Quit through the primary menu, as a user would.
        do_action(menu_button)
        quit_item = wait_for(lambda: find(win, "menu item", name_is="Quit"), what="Quit menu item")
        do_action(quit_item)
        code = app.quit()
        if code != 0:
            raise pwtest.E2EError(f"the app exited with {code}")
    finally:
        app.kill()


if __name__ == "__main__":
    pwtest.main(test)

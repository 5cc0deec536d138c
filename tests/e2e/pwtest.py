# pwtest.py — drive the real Pathways app through its accessibility tree (AT-SPI)
# Copyright 2026 The Pathways authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers for end-to-end tests. Run under `dbus-run-session -- xvfb-run -a`."""
import atexit
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

APP_NAME = "pathways"


class E2EError(AssertionError):
    pass


def log(msg):
    print(f"# {msg}", flush=True)


def wait_for(predicate, timeout=20.0, what="condition", interval=0.1):
    deadline = time.monotonic() + timeout
    last_exc = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # the tree changes under us; retry
            last_exc = exc
        time.sleep(interval)
    raise E2EError(f"timed out waiting for {what}" + (f" (last error: {last_exc})" if last_exc else ""))


def walk(node, depth=0, max_depth=60):
    if node is None or depth > max_depth:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1, max_depth)


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def find(root, role_name=None, name_is=None, name_contains=None, showing=None):
    for node in walk(root):
        if role_name is not None and role(node) != role_name:
            continue
        n = name(node)
        if name_is is not None and n != name_is:
            continue
        if name_contains is not None and name_contains not in n:
            continue
        if showing is not None:
            try:
                if node.getState().contains(pyatspi.STATE_SHOWING) != showing:
                    continue
            except Exception:
                continue
        return node
    return None


def find_all(root, role_name=None, name_is=None):
    return [n for n in walk(root)
            if (role_name is None or role(n) == role_name) and (name_is is None or name(n) == name_is)]


def _actions(node):
    try:
        act = node.queryAction()
        return act, [act.getName(i) for i in range(act.nActions)]
    except Exception:
        return None, []


def do_action(node, action_name="click"):
    """Run an accessible action; a composite widget (GtkMenuButton) exposes it on an inner node
    with the same name, so look there too."""
    for candidate in [node] + [n for n in walk(node) if name(n) == name(node)]:
        act, names = _actions(candidate)
        for i, n in enumerate(names):
            if action_name is None or n == action_name:
                try:
                    act.doAction(i)
                except Exception as exc:
                    # An action that ends the app (Quit) can make it leave the bus before it
                    # replies. That is not a failure here: tests check the exit code after.
                    if "disconnected from message bus without replying" not in str(exc):
                        raise
                return
    raise E2EError(f"{role(node)} '{name(node)}' has no action {action_name}")


def dump(root, max_depth=12):
    for node in walk(root, max_depth=max_depth):
        print(f"#   {role(node)}: {name(node)!r}")


class App:
    """The running app and its accessible application object."""

    def __init__(self, *args, env=None):
        binary = os.environ.get("PATHWAYS_BIN") or os.path.join(os.environ["PW_BUILD_ROOT"], "app", "pathways")
        full_env = dict(os.environ)
        full_env.update(env or {})
        full_env.setdefault("GTK_A11Y", "atspi")
        if "XDG_STATE_HOME" not in (env or {}):
            # A private state folder: the recovery copies of a killed test app never reach the
            # tester's own folder, nor make the next test's app offer to restore them.
            state = tempfile.mkdtemp(prefix="pathways-e2e-state-")
            atexit.register(shutil.rmtree, state, True)
            full_env["XDG_STATE_HOME"] = state
        self.proc = subprocess.Popen([binary, *args], env=full_env)
        self.app = wait_for(self._find_app, 60, "the app on the accessibility bus")

    def _find_app(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is None:
                continue
            try:
                if a.get_process_id() == self.proc.pid:
                    return a
            except Exception:
                pass
            if name(a) in (APP_NAME, "Pathways") and a.childCount > 0:
                return a
        return None

    def window(self, title=None, timeout=20):
        def pick():
            for i in range(self.app.childCount):
                w = self.app.getChildAtIndex(i)
                if w is None:
                    continue
                if title is None or name(w) == title or name(w).startswith(title):
                    return w
            return None
        return wait_for(pick, timeout, f"window {title!r}")

    def windows(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def quit(self, timeout=15):
        if self.proc.poll() is None:
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                raise E2EError("the app did not quit")
        return self.proc.returncode

    def kill(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()


def press_keys(keystring):
    """Send a key combination like '<Control>q' through the AT-SPI device controller."""
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi
    mods = []
    key = keystring
    while key.startswith("<"):
        mod, key = key[1:].split(">", 1)
        mods.append(mod.lower())
    modmap = {"control": "Control_L", "shift": "Shift_L", "alt": "Alt_L"}
    for m in mods:
        Atspi.generate_keyboard_event(Atspi.get_keysym(modmap[m]) if hasattr(Atspi, "get_keysym") else 0,
                                      modmap[m], Atspi.KeySynthType.PRESS | Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(0, key, Atspi.KeySynthType.PRESSRELEASE | Atspi.KeySynthType.SYM)
    for m in reversed(mods):
        Atspi.generate_keyboard_event(0, modmap[m], Atspi.KeySynthType.RELEASE | Atspi.KeySynthType.SYM)


def main(test):
    try:
        test()
    except Exception as exc:
        print(f"not ok - {exc}", flush=True)
        sys.exit(1)
    print("ok", flush=True)
    sys.exit(0)

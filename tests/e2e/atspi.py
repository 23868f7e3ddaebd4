#!/usr/bin/python3
"""What Chromium gives a screen reader over AT-SPI, the interface Orca reads, for the article's
marks. Run by `assistive.test.mjs` under Xvfb in a D-Bus session of its own: it starts the
accessibility bus, opens the page (argv[1]) in Chromium, waits until the app has taken over (its
tools are shown), and prints every mark button's name and states as JSON."""
import json
import os
import subprocess
import sys
import tempfile
import time

import pyatspi


def buttons(node, found, depth=0):
    """Every push button under `node` that is a mark's (its class is `opener`)."""
    try:
        role, count = node.getRoleName(), node.childCount
        if role == "push button":
            attributes = dict(a.split(":", 1) for a in node.getAttributes() if ":" in a)
            found.append((node.name, attributes.get("class", ""), [pyatspi.stateToString(s) for s in node.getState().getStates()]))
            return
    except Exception:  # a node gone while the tree is read
        return
    for i in range(count if depth < 60 else 0):
        try:
            buttons(node.getChildAtIndex(i), found, depth + 1)
        except Exception:
            pass


def read(deadline):
    """The page's buttons once the app's tools are shown, or what there was at the deadline."""
    found = []
    while time.time() < deadline:
        found = []
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and "hromium" in (app.name or ""):
                buttons(app, found)
        if any(name == "Who, what, when" for name, _, _ in found) and any(c == "opener" for _, c, _ in found):
            return found
        time.sleep(0.5)
    return found


bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
time.sleep(1)
profile = tempfile.mkdtemp()
browser = subprocess.Popen(
    [os.environ.get("CHROMIUM", "/usr/bin/chromium"), "--no-sandbox", "--disable-gpu", "--no-first-run",
     "--force-renderer-accessibility", f"--user-data-dir={profile}", "--window-size=1280,900", sys.argv[1]],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, ACCESSIBILITY_ENABLED="1"))
try:
    read(time.time() + 40)
    # The app's updates to the marks reach the tree a moment after its tools are shown.
    time.sleep(1.5)
    marks = [{"name": name, "states": states} for name, cls, states in read(time.time() + 10) if cls == "opener"]
    print(json.dumps(marks))
finally:
    browser.terminate()
    bus.terminate()

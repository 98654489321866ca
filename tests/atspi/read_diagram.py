#!/usr/bin/python3
"""Reads the state diagram's names from the running app with a real AT-SPI client.

Starts its own X server (Xvfb), session D-Bus, AT-SPI bus and registry, runs the app with Qt's
AT-SPI bridge on, and walks the accessibility tree as a screen reader would (python3-pyatspi):
the diagram must be a canvas named "TCP state diagram" whose first eleven children are the
states by their names. Prints what it read. Exit 77 (ctest: skipped) when Xvfb, D-Bus, AT-SPI
or pyatspi is missing; 1 when the tree is wrong.

usage: read_diagram.py APP_BINARY
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
STATES = ["CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2",
          "CLOSE_WAIT", "CLOSING", "LAST_ACK", "TIME_WAIT"]


def skip(why):
    print("SKIP: " + why)
    sys.exit(SKIP)


def find(path):
    found = shutil.which(path) or (path if os.path.exists(path) else None)
    if not found:
        skip(path + " is not installed")
    return found


def start_xvfb(started):
    """Xvfb on TSL_XVFB_DISPLAY (a developer's own display) or on a free one it picks."""
    wanted = os.environ.get("TSL_XVFB_DISPLAY")
    args = [find("Xvfb"), "-screen", "0", "1024x768x24", "-nolisten", "tcp"]
    if wanted:
        process = subprocess.Popen(args + [wanted], stderr=subprocess.DEVNULL)
        display = wanted
    else:
        read, write = os.pipe()
        process = subprocess.Popen(args + ["-displayfd", str(write)], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        os.close(read)
        if not number.strip():
            skip("Xvfb did not start")
        display = ":" + number.decode().strip()
    started.append(process)
    time.sleep(0.5)
    if process.poll() is not None:
        skip("Xvfb did not start on " + display)
    return display


def start_session_bus(env, started):
    out = subprocess.run([find("dbus-launch"), "--sh-syntax"], env=env, capture_output=True, text=True, timeout=20)
    if out.returncode != 0:
        skip("no session D-Bus: " + out.stderr.strip())
    for line in out.stdout.splitlines():
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
        if line.startswith("DBUS_SESSION_BUS_PID="):
            started.append(int(line.split("=", 1)[1].rstrip(";")))
    if "DBUS_SESSION_BUS_ADDRESS" not in env:
        skip("dbus-launch gave no address")


def accessible_tree(app_name, timeout):
    import pyatspi  # noqa: E402 (after the bus exists)

    deadline = time.time() + timeout
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None or app_name not in (app.name or "").lower():
                continue
            canvas = find_canvas(app, pyatspi)
            if canvas is not None and canvas.childCount >= len(STATES):
                return canvas
        time.sleep(0.5)
    return None


def find_canvas(node, pyatspi, depth=0):
    if node is None or depth > 30:
        return None
    try:
        if node.getRole() == pyatspi.ROLE_CANVAS and node.name == "TCP state diagram":
            return node
        for i in range(node.childCount):
            found = find_canvas(node.getChildAtIndex(i), pyatspi, depth + 1)
            if found is not None:
                return found
    except Exception:  # a node that went away while walking
        return None
    return None


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    app = sys.argv[1]
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        skip("python3-pyatspi is not installed")
    launcher = find("/usr/libexec/at-spi-bus-launcher")
    started = []
    home = tempfile.mkdtemp(prefix="tsl-atspi-")
    env = dict(os.environ)
    try:
        env["DISPLAY"] = start_xvfb(started)
        for variable in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"):
            env.pop(variable, None)
        env.update({"HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_RUNTIME_DIR": home, "LANGUAGE": "en",
                    "LC_ALL": "C.UTF-8", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "NO_AT_BRIDGE": "0",
                    "QT_ACCESSIBILITY": "1", "GTK_MODULES": ""})
        os.chmod(home, 0o700)
        start_session_bus(env, started)
        started.append(subprocess.Popen([launcher, "--launch-immediately"], env=env, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        os.environ.update({k: env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR")})
        started.append(subprocess.Popen([app], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        canvas = accessible_tree("tcpstatelab", timeout=40)
        if canvas is None:
            print("FAIL: no canvas named 'TCP state diagram' with eleven children in the accessibility tree")
            return 1
        import pyatspi
        print("read the diagram: %s, %d children" % (canvas.name, canvas.childCount))
        names = []
        for i in range(len(STATES)):
            child = canvas.getChildAtIndex(i)
            names.append(child.name)
            print("  state %2d: %s (%s) - %s" % (i, child.name, child.getRoleName(), child.description))
        edge = canvas.getChildAtIndex(len(STATES))
        print("  first edge: %s (%s) - %s" % (edge.name, edge.getRoleName(), edge.description))
        if names != STATES:
            print("FAIL: expected %s" % STATES)
            return 1
        if edge.getRole() != pyatspi.ROLE_LINK or "→" not in edge.name:
            print("FAIL: the first edge is not a link 'FROM → TO: …'")
            return 1
        print("PASS")
        return 0
    finally:
        for item in reversed(started):
            try:
                if isinstance(item, int):
                    os.kill(item, signal.SIGTERM)
                else:
                    item.terminate()
                    try:
                        item.wait(timeout=5)
                    except subprocess.TimeoutExpired:
                        item.kill()
            except (ProcessLookupError, OSError):
                pass
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

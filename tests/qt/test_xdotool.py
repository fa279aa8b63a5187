"""Dates and times typed by a real keyboard: the window on Xvfb, keys from xdotool (XTEST).

Starts its own Xvfb; skipped, saying why, when Xvfb or xdotool is missing (``.ci/install
--test`` installs both).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
    reason="needs Xvfb and xdotool (bash .ci/install --test installs them)",
)


@pytest.fixture
def display():  # type: ignore[no-untyped-def]
    """A private Xvfb server; its display name (e.g. ":5")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()  # Xvfb writes it once it accepts clients
    assert number.isdigit(), "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_typing_dates_and_times_with_a_real_keyboard(display: str, tmp_path: Path) -> None:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.qt.xdotool_app", str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout is not None
        ready = app.stdout.readline().split()  # waits for the window
        assert ready and ready[0] == "READY", app.stderr.read() if app.stderr else ""

        def xdotool(*args: str) -> None:
            subprocess.run(["xdotool", *args], env=env, check=True, timeout=30)

        xdotool("windowfocus", "--sync", ready[1])
        xdotool("type", "--delay", "15", "14/10/24")
        xdotool("key", "Tab")
        xdotool("type", "--delay", "15", "Ket luan")
        xdotool("key", "shift+Tab")  # back to the date: still there
        xdotool("key", "Tab")
        xdotool("key", "F11")
        xdotool("type", "--delay", "15", "8h30")
        xdotool("key", "Tab")
        xdotool("type", "--delay", "15", "14g30")
        xdotool("key", "Return")
        xdotool("key", "F12")
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    result = json.loads(out.strip().splitlines()[-1])
    assert result == {
        "issue_date": "2024-10-14",
        "summary": "Ket luan",
        "start_time": "08:30:00",
        "end_time": "14:30:00",
        "focus": "field_meeting_end_time",
    }, err

"""Crash tests as a person causes them: the real application (``python -m gui FILE``) on Xvfb,
driven by keys through xdotool, killed with SIGKILL at scripted moments, started again; the
recovery offered at start-up is accepted with Enter and saved with Ctrl+S, and the text in the
file is compared with what was typed.

Each moment's characters lost are printed (``-s`` shows them) and asserted against what the
autosave promises: typing is written ``TYPING_DELAY_MS`` after the last key and at the latest
``TYPING_MAX_WAIT_MS`` into a burst. Nothing here sleeps: the tests wait for windows
(``xdotool search --sync``), for the application to stay alive for an idle period
(``Popen.wait`` with a timeout) and for conditions with deadlines.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.recordfile import load_record
from gui.qt.autosave import TYPING_DELAY_MS, TYPING_MAX_WAIT_MS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "quang-ninh-giao-ban-q3-2017.bienban.json"

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (.ci/install --test installs them)",
)

KEY_DELAY_MS = 60


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server; Xvfb picks a free display number and writes it when ready."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        assert ready, "Xvfb did not start"
        yield ":" + os.read(read_end, 64).decode().strip()
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


class App:
    """One run of ``python -m gui FILE`` with its own home, settings and app data."""

    def __init__(self, display: str, home: Path, file_name: Path) -> None:
        self.file_name = file_name
        self.env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
        }
        self.recovery = home / "data" / "Bienban" / "Bienban" / "recovery"
        self.proc: subprocess.Popen[bytes] | None = None
        self.window = ""

    def xdo(self, *args: str, timeout: float = 30) -> str:
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, (args, result.stderr)
        return result.stdout.strip()

    def find(self, name: str) -> str:
        assert self.proc is not None
        found = self.xdo(
            "search", "--sync", "--onlyvisible", "--pid", str(self.proc.pid), "--name", name
        )
        return found.splitlines()[0]

    def find_titled(self, title: str, seconds: float = 30) -> str:
        """The visible window of the application titled ``title`` (waits for it)."""
        assert self.proc is not None
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            listed = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.proc.pid), "--name", "."],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=30,
            ).stdout.split()
            for window in listed:
                if self.xdo("getwindowname", window) == title:
                    return window
            self.idle(0.05)
        pytest.fail(f"no window titled {title!r}")

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "gui", str(self.file_name)],
            env=self.env,
            cwd=self.file_name.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.window = self.find(re.escape(self.file_name.name) + r".* — Bienban")

    def focus_first_field(self) -> None:
        self.xdo("windowfocus", "--sync", self.window)
        self.xdo("key", "Tab", "Tab")  # the first field of the first section

    def type(self, text: str) -> None:
        self.xdo("type", "--delay", str(KEY_DELAY_MS), text)

    def key(self, *keys: str) -> None:
        self.xdo("key", *keys)

    def idle(self, seconds: float) -> None:
        """Do nothing for ``seconds`` — and fail if the application dies meanwhile."""
        assert self.proc is not None
        try:
            self.proc.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            return
        pytest.fail(f"the application exited while idle ({self.proc.returncode})")

    def kill(self) -> None:
        assert self.proc is not None
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def has_recovery(self) -> bool:
        return self.recovery.is_dir() and any(self.recovery.glob("*.recovery.json"))

    def wait_until(self, condition, what: str, seconds: float = 30) -> None:  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                pytest.fail(f"timed out waiting for {what}")
            self.idle(0.05)

    def restart_and_restore(self) -> None:
        """Start again; accept the offered recovery (Enter) and save it (Ctrl+S)."""
        recoverable = self.has_recovery()
        self.start()
        if not recoverable:
            return
        dialog = self.find_titled("Khôi phục công việc chưa lưu")
        self.xdo("windowfocus", "--sync", dialog)
        self.key("Return")
        self.wait_until(lambda: "*" in self.xdo("getwindowname", self.window), "restored work")
        self.xdo("windowfocus", "--sync", self.window)
        self.key("ctrl+s")
        self.wait_until(lambda: "*" not in self.xdo("getwindowname", self.window), "the save")


def _strings(
    data: object, path: tuple[object, ...] = ()
) -> Iterator[tuple[tuple[object, ...], str]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _strings(v, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _strings(v, (*path, i))
    elif isinstance(data, str):
        yield path, data


def _kept(typed: str, file_name: Path) -> int:
    """How many leading characters of ``typed`` the file holds (in a field that changed)."""
    before = dict(_strings(json.loads(SEED.read_text(encoding="utf-8"))))
    after = _strings(json.loads(file_name.read_text(encoding="utf-8")))
    changed = [v for p, v in after if before.get(p) != v]
    return max((_common_prefix(typed, v) for v in changed), default=0)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@pytest.fixture
def app(display: str, tmp_path: Path) -> Iterator[App]:
    target = tmp_path / "hop.bienban.json"
    shutil.copyfile(SEED, target)
    running = App(display, tmp_path / "home", target)
    yield running
    if running.proc is not None and running.proc.poll() is None:
        running.kill()


TYPED = "Kiem tra do ben"  # 15 characters, as in the tester's report


def _report(moment: str, typed: str, kept: int) -> None:
    print(f"\n[crash] {moment}: typed {len(typed)}, lost {len(typed) - kept}")


def test_killed_right_after_typing(app: App) -> None:
    """0 s after the last key: the debounce has not fired yet; at most what was typed in the
    last ``TYPING_DELAY_MS`` (here the whole short burst) is lost, and the file is intact."""
    app.start()
    app.focus_first_field()
    app.type(TYPED)
    app.kill()
    assert load_record(app.file_name)  # the file on disk is the old, valid one
    app.restart_and_restore()
    kept = _kept(TYPED, app.file_name)
    _report("0 s after the last key", TYPED, kept)
    assert kept <= len(TYPED)


def test_killed_during_a_long_burst(app: App) -> None:
    """While typing: the max-wait writes during the burst; only the tail is lost."""
    words = [
        "tong",
        "hop",
        "bao",
        "cao",
        "tien",
        "do",
        "cac",
        "du",
        "an",
        "trong",
        "quy",
        "ba",
        "nam",
        "hai",
        "nghin",
        "muoi",
        "bay",
    ]
    app.start()
    app.focus_first_field()
    typed = ""
    started = time.monotonic()
    while time.monotonic() - started < (TYPING_MAX_WAIT_MS + 1500) / 1000:
        word = words[len(typed) % len(words)] + " "
        app.type(word)
        typed += word
    seconds = time.monotonic() - started
    app.kill()
    app.restart_and_restore()
    kept = _kept(typed, app.file_name)
    _report(f"while typing ({len(typed)} keys over {seconds:.1f} s)", typed, kept)
    assert kept > 0


@pytest.mark.parametrize("idle_s", [1, 2, 5])
def test_killed_after_an_idle_pause(app: App, idle_s: int) -> None:
    """1 s after the last key the write races the kill (all or nothing); 2 s and 5 s after
    it, everything typed is back."""
    app.start()
    app.focus_first_field()
    app.type(TYPED)
    app.idle(idle_s)
    app.kill()
    app.restart_and_restore()
    kept = _kept(TYPED, app.file_name)
    _report(f"{idle_s} s idle", TYPED, kept)
    if idle_s * 1000 >= TYPING_DELAY_MS + 1000:
        assert kept == len(TYPED)
    else:
        assert kept in (0, len(TYPED))


def test_killed_during_a_save(app: App) -> None:
    """Ctrl+S and SIGKILL at once: the file is the old or the new version, never half, and
    the work is in the file or in the recovery file."""
    app.start()
    app.focus_first_field()
    app.type(TYPED)
    app.idle(2)
    app.key("ctrl+s")
    app.kill()
    record = load_record(app.file_name)  # valid: old or new, never half
    assert record is not None
    leftovers = list(app.file_name.parent.glob(f".{app.file_name.name}.*.tmp"))
    app.restart_and_restore()
    assert not list(app.file_name.parent.glob(f".{app.file_name.name}.*.tmp"))  # cleaned on open
    kept = _kept(TYPED, app.file_name)
    _report(f"during a save ({len(leftovers)} temporary file(s) left by the kill)", TYPED, kept)
    assert kept == len(TYPED)


def _outline_shape(file_name: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The notice's sections as (heading, kinds of blocks), the default outline if none."""
    from gui.core.outline import default_notice_outline

    record = load_record(file_name)
    outline = record.notice.outline or default_notice_outline()
    return [(s.heading, tuple(b.kind.value for b in s.blocks)) for s in outline]


def _moved_down(shape: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    return [shape[1], shape[0], *shape[2:]]


def test_killed_after_a_structural_edit(app: App) -> None:
    """Ctrl+3 (Nội dung: the notice's outline), Home (its first section), Ctrl+Shift+Down
    (moved below the next): a structural edit is written within ``STRUCTURE_DELAY_MS``, not
    after a typing pause. Killed once the recovery file is there, the new order comes back."""
    before = _outline_shape(app.file_name)
    assert _moved_down(before) != before
    app.start()
    app.xdo("windowfocus", "--sync", app.window)
    app.key("ctrl+3", "Home", "ctrl+shift+Down")
    app.wait_until(app.has_recovery, "the recovery file", seconds=10)
    app.kill()
    assert _outline_shape(app.file_name) == before  # the file itself is untouched
    app.restart_and_restore()
    assert _outline_shape(app.file_name) == _moved_down(before)


def test_killed_right_after_a_structural_edit(app: App) -> None:
    """Killed at once after the move: the file is intact, and what comes back is the old or
    the new order — never a half-moved outline."""
    before = _outline_shape(app.file_name)
    app.start()
    app.xdo("windowfocus", "--sync", app.window)
    app.key("ctrl+3", "Home", "ctrl+shift+Down")
    app.kill()
    assert _outline_shape(app.file_name) == before
    app.restart_and_restore()
    assert _outline_shape(app.file_name) in (before, _moved_down(before))

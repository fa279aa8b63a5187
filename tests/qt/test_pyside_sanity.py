"""The installed PySide6 does not leak references to None (PySide6 6.12.0 did, and on
Python 3.11 the application aborted after some thousands of Qt calls)."""

from __future__ import annotations

import subprocess
import sys


def test_void_calls_keep_none_alive() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject(); before = sys.getrefcount(None)\n"
        "for _ in range(20000): o.setObjectName('x')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 100

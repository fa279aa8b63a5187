"""The core runs on Windows and macOS too: no POSIX-only calls, no Unix paths.

We cannot run Windows here; what can be checked on Linux is that the core's sources call none
of the POSIX-only functions (``os.kill(pid, 0)`` would terminate a process on Windows) except
behind a platform check listed here, and that the process check used for recovery files works.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import gui.core
from gui.core import recovery

CORE = Path(gui.core.__file__).parent
POSIX_ONLY = {
    "os.kill",
    "os.getuid",
    "os.geteuid",
    "os.getgid",
    "os.fork",
    "os.setsid",
    "os.killpg",
    "os.uname",
    "os.getpgid",
    "os.chown",
    "os.mkfifo",
}
POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "resource", "posix"}
ALLOWED = {("recovery.py", "os.kill")}  # behind `if sys.platform == "win32"` in _alive


def _calls(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            found.add(f"{node.value.id}.{node.attr}")
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_core_calls_no_posix_only_function() -> None:
    offending = []
    for source in sorted(CORE.glob("*.py")):
        names = _calls(ast.parse(source.read_text(encoding="utf-8")))
        for name in sorted(names & (POSIX_ONLY | POSIX_MODULES)):
            if (source.name, name) not in ALLOWED:
                offending.append(f"{source.name}: {name}")
        assert "/tmp" not in source.read_text(encoding="utf-8"), source.name
    assert offending == []


def test_scan_finds_a_posix_call() -> None:
    assert "os.kill" in _calls(ast.parse("import os\nos.kill(1, 0)"))
    assert "fcntl" in _calls(ast.parse("import fcntl"))


def test_alive_checks_without_signalling() -> None:
    assert recovery._alive(os.getpid())
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert not recovery._alive(int(done.stdout))

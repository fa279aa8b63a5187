"""Atomic file writes: a crash at any point leaves the old file or the new one, never half.

The bytes go to a temporary file in the target's folder, are flushed to disk (``fsync``), and
replace the target in one ``os.replace``; the folder is synced too. The previous version is
kept beside the target as ``FILE~``. A path that is a symbolic link is written through to the
link's target (as LibreOffice, gedit and vim do): the link stays a link.

A crash between creating the temporary file and the replace leaves a ``.NAME.*.tmp`` beside the
file; ``orphan_temporaries`` finds them so that whoever next holds the file's lock removes them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from pathlib import Path

from gui.core.errors import Problem, RecordFileError


def write_atomic(path: str | os.PathLike[str], data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``path`` atomically.

    Raises:
        RecordFileError: (``Problem.WRITE_FAILED``) the folder is gone, permission denied,
            disk full, … The target is left exactly as it was and no temporary file remains.
    """
    shown = os.fspath(path)
    name = os.path.realpath(shown)  # through a symbolic link to the file it points to
    target = Path(name)
    folder = target.parent
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            os.chmod(tmp_name, stat.S_IMODE(os.stat(name).st_mode))
            if backup:
                _keep_backup(name)
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())  # as a plainly created file would be
        os.replace(tmp_name, name)
        tmp_name = ""
        _fsync_dir(folder)
    except OSError as exc:
        raise RecordFileError(shown, Problem.WRITE_FAILED, exc.strerror or str(exc)) from None
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def orphan_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Temporary files that an interrupted ``write_atomic`` of ``path`` left behind."""
    target = Path(os.path.realpath(path))
    try:
        return sorted(target.parent.glob(f".{glob.escape(target.name)}.*.tmp"))
    except OSError:
        return []


def remove_orphan_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Remove what ``orphan_temporaries`` finds (call only while holding the file's lock).

    The file itself is intact — ``os.replace`` never happened — so a leftover is an
    unfinished copy of a save whose work the recovery file holds. Returns those removed.
    """
    removed = []
    for tmp in orphan_temporaries(path):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed.append(tmp)
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _keep_backup(name: str) -> None:
    """Keep the version about to be replaced as ``name~`` (a hard link when possible)."""
    backup = name + "~"
    if os.path.lexists(backup):
        os.unlink(backup)
    try:
        os.link(name, backup)
    except OSError:
        with open(name, "rb") as src, open(backup, "wb") as dst:
            dst.write(src.read())


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

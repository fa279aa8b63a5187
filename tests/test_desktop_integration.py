"""Desktop integration files: the Linux install script, the file type, the installers' scripts.

``packaging/linux/install.sh`` runs against a bundle-like folder with a throw-away home and
XDG folders; the menu entry, icons, MIME type and default application must land there, and
``--uninstall`` must take them away again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from .conftest import ROOT

LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
MIME = "application/x-bienban+json"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_desktop_entry_opens_record_files() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(LINUX / "bienban.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split()[-1] == "%f"
    assert desktop["Icon"] == "bienban"
    assert MIME in desktop["MimeType"].split(";")
    assert desktop["StartupWMClass"] == "Bienban"


def test_mime_type_matches_the_record_suffix() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "bienban-mime.xml").getroot()
    (mime,) = root.findall("m:mime-type", ns)
    assert mime.get("type") == MIME
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.bienban.json"]
    assert mime.find("m:sub-class-of", ns).get("type") == "application/json"  # type: ignore[union-attr]


def test_icons_exist_in_every_size() -> None:
    from PySide6.QtGui import QImage

    assert (ICONS / "bienban.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        image = QImage(str(ICONS / f"bienban-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (ICONS / "bienban.ico").stat().st_size > 0


def test_windows_installer_registers_the_file_type() -> None:
    iss = (ROOT / "packaging" / "windows" / "bienban.iss").read_text(encoding="utf-8")
    assert r'Subkey: "Software\Classes\.bienban.json"' in iss
    assert r'"""{app}\bienban.exe"" ""%1"""' in iss
    assert "{group}\\Bienban" in iss and "{uninstallexe}" in iss


def test_macos_bundle_declares_the_document_type() -> None:
    spec = (ROOT / "packaging" / "bienban.spec").read_text(encoding="utf-8")
    assert '"CFBundleTypeExtensions": ["bienban.json"]' in spec
    assert "argv_emulation" in spec


@pytest.fixture
def bundle_like(tmp_path: Path) -> Path:
    """A folder laid out as .ci/bundle lays out dist/bienban (with a stand-in executable)."""
    folder = tmp_path / "Bien ban app"  # a space in the path, as in many home folders
    (folder / "icons").mkdir(parents=True)
    for name in ("install.sh", "bienban.desktop", "bienban-mime.xml"):
        shutil.copy2(LINUX / name, folder / name)
    for size in SIZES:
        shutil.copy2(ICONS / f"bienban-{size}.png", folder / "icons")
    exe = folder / "bienban"
    exe.write_text("#!/bin/sh\necho bienban 0\n", encoding="utf-8")
    exe.chmod(0o755)
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop integration")
def test_install_script_installs_and_uninstalls(bundle_like: Path, tmp_path: Path) -> None:
    if not shutil.which("xdg-mime"):
        pytest.skip("xdg-utils is not installed (.ci/install --test installs it)")
    home = tmp_path / "home"
    data = home / ".local" / "share"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(data),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_DIRS": "/usr/share",
        "XDG_BIN_HOME": str(home / "bin"),
    }
    env.pop("XDG_CURRENT_DESKTOP", None)
    env.pop("DISPLAY", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(bundle_like / "install.sh"), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    done = run()
    assert done.returncode == 0, done.stdout + done.stderr
    entry = (data / "applications" / "bienban.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle_like}/bienban" %f' in entry
    assert (home / "bin" / "bienban").resolve() == bundle_like / "bienban"
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "bienban.png").is_file()
    assert (data / "mime" / "packages" / "bienban-mime.xml").is_file()
    globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{MIME}:*.bienban.json" in globs
    query = subprocess.run(
        ["xdg-mime", "query", "default", MIME], capture_output=True, text=True, env=env
    )
    assert query.stdout.strip() == "bienban.desktop"

    done = run("--uninstall")
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (data / "applications" / "bienban.desktop").exists()
    assert not (data / "mime" / "packages" / "bienban-mime.xml").exists()
    assert not (home / "bin" / "bienban").exists()

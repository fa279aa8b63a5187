"""The frozen application's entry point: the ``bienban`` command (PyInstaller starts here)."""

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m gui`` runs the ``bienban`` command."""

import sys

from gui.cli import main

sys.exit(main())

"""Bienban: meeting minutes and conclusion notices for Vietnamese agencies."""

__version__ = "0.1.0"  # the one place the version is written (pyproject reads it)

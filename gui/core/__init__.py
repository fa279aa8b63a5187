"""The Qt-free core: record, record file, profiles, checks, Vietnamese wording, composing.

Nothing under ``gui.core`` imports PySide6; ``tests/core/test_no_qt.py`` proves it.
"""

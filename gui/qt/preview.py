"""The preview pane: the document as composed so far, refreshed shortly after typing stops.

Refreshing is debounced (``DELAY_MS``) so typing never waits for composing, and skipped while
the pane is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from gui.core.compose import Kind, compose
from gui.core.render_text import render_text
from gui.qt.document import RecordDocument

DELAY_MS = 40


class PreviewPane(QWidget):
    """Shows the composed notice, minutes or news item as laid-out text."""

    updated = Signal()

    def __init__(self, doc: RecordDocument, kind: str = "notice",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.kind_box = QComboBox(self)
        for k, label in ((Kind.NOTICE, self.tr("Thông báo kết luận")),
                         (Kind.MINUTES, self.tr("Biên bản")),
                         (Kind.NEWS, self.tr("Tin bài"))):
            self.kind_box.addItem(label, k.value)
        self.kind_box.setAccessibleName(self.tr("Loại văn bản xem trước"))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Xem trước văn bản"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Xem trước:")))
        top.addWidget(self.kind_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(self.schedule)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        self._stale = True

    def kind(self) -> Kind:
        """The document kind shown."""
        return Kind(self.kind_box.currentData())

    def schedule(self) -> None:
        """Refresh after a short pause (restarts while the user keeps typing)."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._timer.start()

    def refresh(self) -> None:
        """Compose and show the document now."""
        self._timer.stop()
        text = render_text(compose(self._doc.record, self.kind()))
        bar = self.text.verticalScrollBar()
        position = bar.value()
        self.text.setPlainText(text)
        bar.setValue(position)
        self._stale = False
        self.updated.emit()

"""The preview pane: the document as composed so far, as printed pages or as laid-out text.

Refreshing is debounced (the pause after the last keystroke) so typing never waits for
composing, and skipped while the pane is hidden. The pages view uses the same render path as
print and PDF (``gui.qt.printing.paint``). The views are made on their first refresh, which
comes after the window's first paint: start-up does not wait for a printer or a render.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.compose import Composed, Kind, Paragraph, compose
from gui.core.render_text import render_text
from gui.qt.document import RecordDocument

if TYPE_CHECKING:  # Qt's print support loads with the first refresh (start-up time)
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

TEXT_DELAY_MS = 40
PAGES_DELAY_MS = 50
PAGES_PREVIEW_CHARS = 60_000
"""The side pane lays out about the first 20 pages; print preview and PDF show them all."""


class PreviewPane(QWidget):
    """Shows the composed notice, minutes or news item."""

    updated = Signal()

    def __init__(
        self,
        doc: RecordDocument,
        kind: str = "notice",
        mode: str = "pages",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._doc = doc
        self.kind_box = QComboBox(self)
        for k, label in (
            (Kind.NOTICE, self.tr("Thông báo kết luận")),
            (Kind.MINUTES, self.tr("Biên bản")),
            (Kind.NEWS, self.tr("Tin bài")),
        ):
            self.kind_box.addItem(label, k.value)
        self.kind_box.setAccessibleName(self.tr("Loại văn bản xem trước"))
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.mode_box = QComboBox(self)
        self.mode_box.addItem(self.tr("Trang in"), "pages")
        self.mode_box.addItem(self.tr("Văn bản thuần"), "text")
        self.mode_box.setAccessibleName(self.tr("Cách xem trước"))
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(mode)))

        self._text: QPlainTextEdit | None = None
        self._printer: QPrinter | None = None
        self._pages: QPrintPreviewWidget | None = None
        self.stack = QStackedWidget(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Xem trước:")))
        top.addWidget(self.kind_box, 2)
        top.addWidget(self.mode_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(self.schedule)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self._stale = True
        self._refresh_on_paint = False
        self.page_count = 0
        self.truncated = 0
        self._set_delay()  # the first refresh waits for the pane to be shown

    @property
    def text(self) -> QPlainTextEdit:
        """The plain-text view (made on first use)."""
        if self._text is None:
            self._text = QPlainTextEdit(self)
            self._text.setReadOnly(True)
            self._text.setAccessibleName(self.tr("Xem trước văn bản"))
            self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setStyleHint(QFont.StyleHint.Monospace)
            self._text.setFont(font)
            self.stack.addWidget(self._text)
        return self._text

    @property
    def printer(self) -> QPrinter:
        """The screen-resolution printer the pages are laid out for (made on first use)."""
        if self._printer is None:
            from PySide6.QtPrintSupport import QPrinter

            from gui.qt.printing import page_layout

            self._printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
            self._printer.setPageLayout(page_layout())
        return self._printer

    @property
    def pages(self) -> QPrintPreviewWidget:
        """The printed-pages view (made on first use)."""
        if self._pages is None:
            from PySide6.QtPrintSupport import QPrintPreviewWidget

            self._pages = QPrintPreviewWidget(self.printer, self)
            self._pages.setAccessibleName(self.tr("Xem trước trang in"))
            self._pages.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
            self._pages.paintRequested.connect(self._paint_pages)
            self.stack.addWidget(self._pages)
        return self._pages

    def kind(self) -> Kind:
        """The document kind shown."""
        return Kind(self.kind_box.currentData())

    def mode(self) -> str:
        """ "pages" or "text"."""
        return str(self.mode_box.currentData())

    def _mode_changed(self) -> None:
        self._set_delay()
        self.refresh()

    def _set_delay(self) -> None:
        self._timer.setInterval(PAGES_DELAY_MS if self.mode() == "pages" else TEXT_DELAY_MS)

    def schedule(self) -> None:
        """Refresh after a short pause (restarts while the user keeps typing)."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._refresh_on_paint = self._stale

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if self._refresh_on_paint:  # shown and painted: now the document (not before)
            self._refresh_on_paint = False
            self._timer.start()

    def refresh(self) -> None:
        """Compose and show the document now."""
        self._timer.stop()
        if self.mode() == "pages":
            fresh = self._pages is None
            self.stack.setCurrentWidget(self.pages)
            if not (fresh and self.pages.isVisible()):  # a new view, shown, paints itself
                self.pages.updatePreview()
        else:
            self.stack.setCurrentWidget(self.text)
            bar = self.text.verticalScrollBar()
            position = bar.value()
            self.text.setPlainText(render_text(compose(self._doc.record, self.kind())))
            bar.setValue(position)
        self._stale = False
        self.updated.emit()

    def _paint_pages(self, printer: QPrinter) -> None:
        from gui.qt.printing import paint

        doc = compose(self._doc.record, self.kind())
        self.truncated = shorten(
            doc,
            PAGES_PREVIEW_CHARS,
            self.tr("[… còn %d đoạn nữa — xem toàn bộ trong Tệp → Xem trước khi in]"),
        )
        self.page_count = paint(doc, printer)


def shorten(doc: Composed, limit: int, note: str) -> int:
    """Keep the body's first ``limit`` characters (whole paragraphs); return how many
    paragraphs were left out (0: nothing was)."""
    total = 0
    for i, p in enumerate(doc.body):
        total += len(p.text) + len(p.label)
        if total > limit and i + 1 < len(doc.body):
            left_out = len(doc.body) - i - 1
            doc.body[i + 1 :] = [Paragraph(note % left_out)]
            return left_out
    return 0

"""The preview pane: the document as composed so far, as printed pages or as laid-out text.

Refreshing is debounced (the pause after the last keystroke) so typing never waits for
composing, and skipped while the pane is hidden. The pages view uses the same layout and
pagination as print and PDF (``gui.qt.printing.paint_pages``), so its pages break where the
PDF's do; it paints the first ``PAGES_PREVIEW_PAGES`` pages only, and says so below them.
Nothing is composed or laid out before the pane is first shown, and the pages view (Qt's
print support) is made with its first refresh, after the window's first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.core.kinds import Kind
from gui.qt.document import RecordDocument

if TYPE_CHECKING:  # Qt's print support and our paginator load with the first pages shown
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

    from gui.qt.printing import LayoutCache, Pagination

TEXT_DELAY_MS = 40
PAGES_DELAY_MS = 50
PAGES_PREVIEW_PAGES = 20
"""The side pane paints the first 20 pages; print preview and PDF show them all."""


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

        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Xem trước văn bản"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._fixed_font = False  # set when the text view is first shown
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self.pagination: Pagination | None = None
        """The pages last painted (the same breaks as the PDF's)."""
        self._printer: QPrinter | None = None
        self._pages: QPrintPreviewWidget | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.text)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Xem trước:")))
        top.addWidget(self.kind_box, 2)
        top.addWidget(self.mode_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.more_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(self.schedule)
        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self._stale = True
        self.page_count = 0
        self._mode_changed()

    @property
    def printer(self) -> QPrinter:
        """The screen-resolution printer the pages view paints on (made on first use)."""
        self._make_pages_view()
        assert self._printer is not None
        return self._printer

    @property
    def pages(self) -> QPrintPreviewWidget:
        """The printed pages view (made on first use)."""
        self._make_pages_view()
        assert self._pages is not None
        return self._pages

    def _make_pages_view(self) -> None:
        if self._pages is not None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

        from gui.qt.printing import page_layout

        self._printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        self._printer.setPageLayout(page_layout())
        self._pages = QPrintPreviewWidget(self._printer, self)
        self._pages.setAccessibleName(self.tr("Xem trước trang in"))
        self._pages.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self._pages.paintRequested.connect(self._paint_pages)
        self.stack.insertWidget(0, self._pages)
        if self.mode() == "pages":
            self.stack.setCurrentWidget(self._pages)

    def kind(self) -> Kind:
        """The document kind shown."""
        return Kind(self.kind_box.currentData())

    def mode(self) -> str:
        """ "pages" or "text"."""
        return str(self.mode_box.currentData())

    def _mode_changed(self) -> None:
        pages = self.mode() == "pages"
        if not pages:
            self._use_fixed_font()
            self.stack.setCurrentWidget(self.text)
        elif self._pages is not None:
            self.stack.setCurrentWidget(self._pages)
        self.more_label.setVisible(pages and self.pagination is not None and self.pagination.more)
        self._timer.setInterval(PAGES_DELAY_MS if pages else TEXT_DELAY_MS)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # composed when the pane is shown

    def _use_fixed_font(self) -> None:
        """The text view's fixed-pitch font, set when that view is first shown (the pages view
        is the default: PySide6 builds ``QFont`` and its enums on first use)."""
        if self._fixed_font:
            return
        from PySide6.QtGui import QFont, QFontDatabase

        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self._fixed_font = True

    def schedule(self) -> None:
        """Refresh after a short pause (restarts while the user keeps typing)."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.update()  # refreshed after it is painted (below)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        if self._stale and not self._timer.isActive():
            # composing waits for the first paint: the window shows at once, the pages follow
            self._timer.start()

    def refresh(self) -> None:
        """Compose and show the document now."""
        self._timer.stop()
        if self.mode() == "pages":
            self.pages.updatePreview()
        else:
            from gui.core.compose import compose  # loads with the first refresh
            from gui.core.render_text import render_text

            bar = self.text.verticalScrollBar()
            position = bar.value()
            self.text.setPlainText(render_text(compose(self._doc.record, self.kind())))
            bar.setValue(position)
        self._stale = False
        self.updated.emit()

    _layouts: LayoutCache | None = None
    """The paragraphs laid out by the last refresh: after an edit only the changed ones are
    laid out again."""

    def _paint_pages(self, printer: QPrinter) -> None:
        from gui.core.compose import compose
        from gui.qt.printing import LayoutCache, paint_pages

        doc = compose(self._doc.record, self.kind())
        if self._layouts is None:
            self._layouts = LayoutCache()
        self.pagination = paint_pages(doc, printer, PAGES_PREVIEW_PAGES, self._layouts)
        self.page_count = self.pagination.count
        self.more_label.setText(
            self.tr("Xem trước %d trang đầu; toàn bộ văn bản: Tệp → Xem trước khi in.")
            % self.page_count
        )
        self.more_label.setVisible(self.pagination.more)

"""Where the images of a signed document land (NĐ 30/2020, Phụ lục I, IV.7d and IV.8a).

The signer's image (the handwritten signature, blue) is centred between the position lines
and the name; the agency's image (the seal, red, actual size) covers about the left third of
the signer's image. Pages are measured in PDF points with the origin at the bottom left, as
in the PDF itself. Qt-free and pyHanko-free: the printing side supplies the anchors and the
signing side and the preview both use these boxes.
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4
"""PDF points per millimetre."""

A4_PT = (210 * MM, 297 * MM)
DEFAULT_SEAL_MM = 36.0
"""Seal width when neither the profile nor the PNG says how big the seal is."""


@dataclass(frozen=True)
class Rect:
    """A rectangle in PDF points, origin bottom left (``x0 < x1``, ``y0 < y1``)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        """Width in points."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """Height in points."""
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        """The centre point."""
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def as_tuple(self) -> tuple[float, float, float, float]:
        """``(x0, y0, x1, y1)`` as pyHanko's field boxes take them."""
        return (self.x0, self.y0, self.x1, self.y1)


@dataclass(frozen=True)
class SignatureAnchor:
    """One signature column of a printed document, as laid out on its page.

    ``position`` covers the authority and position lines, ``blank`` the room left for the
    signature and seal, ``name`` the signer's name; ``column`` is the whole column.
    """

    page: int
    column: Rect
    position: Rect
    blank: Rect
    name: Rect
    name_text: str = ""


def signature_box(anchor: SignatureAnchor, image_size: tuple[int, int] | None) -> Rect:
    """The signer's image box: as high as the blank room, centred in the column.

    ``image_size`` (pixels) keeps the image's proportions; without an image the box is
    twice as wide as it is high.
    """
    height = anchor.blank.height
    ratio = image_size[0] / image_size[1] if image_size and image_size[1] else 2.0
    width = height * ratio
    limit = anchor.column.width * 0.9
    if width > limit:
        width, height = limit, limit / ratio
    cx = anchor.column.centre[0]
    cy = anchor.blank.centre[1]
    return Rect(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def seal_size_pt(
    image_size: tuple[int, int], dpi: float | None, width_mm: float | None
) -> tuple[float, float]:
    """The seal's actual size in points.

    Taken from the profile's width when set, else from the PNG's resolution (its pHYs
    chunk), else ``DEFAULT_SEAL_MM``; the height keeps the image's proportions.
    """
    w_px, h_px = image_size
    if width_mm and width_mm > 0:
        width = width_mm * MM
    elif dpi and dpi > 0:
        width = w_px / dpi * 72
    else:
        width = DEFAULT_SEAL_MM * MM
    return width, width * h_px / w_px


def seal_box(signature: Rect, seal_size: tuple[float, float]) -> Rect:
    """The seal's box: its right edge a third of the way into the signer's image,
    centred on it vertically."""
    w, h = seal_size
    right = signature.x0 + signature.width / 3
    cy = signature.centre[1]
    return Rect(right - w, cy - h / 2, right, cy + h / 2)


def annex_box(page_size: tuple[float, float] = A4_PT, right_margin_mm: float = 20) -> Rect:
    """The annex signature's box: top right of the first page, in the top margin, its right
    edge on the text's right margin."""
    width, height = 220.0, 40.0
    right = page_size[0] - right_margin_mm * MM
    top = page_size[1] - 6 * MM
    return Rect(right - width, top - height, right, top)

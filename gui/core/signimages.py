"""Checks of the signature and seal images kept with the agency profile.

NĐ 30/2020 (Phụ lục I, IV.7d and IV.8a): both are PNG files with a transparent background;
the signer's signature is blue, the agency's seal is red. A file that is not a PNG or has no
transparency cannot be used; an unexpected colour is only a warning.
"""

from __future__ import annotations

import enum
import io
from dataclasses import dataclass, field


class Ink(enum.StrEnum):
    """The colour an image is expected to have."""

    BLUE = "blue"  # the signer's handwritten signature
    RED = "red"  # the agency's seal


class ImageProblem(enum.StrEnum):
    """What is wrong with an image. ``NOT_PNG``, ``UNREADABLE`` and ``OPAQUE`` are errors."""

    NOT_PNG = "not_png"
    UNREADABLE = "unreadable"
    OPAQUE = "opaque"  # no alpha channel, or every pixel opaque
    EMPTY = "empty"  # fully transparent
    NOT_BLUE = "not_blue"
    NOT_RED = "not_red"
    NO_RESOLUTION = "no_resolution"  # a seal without pHYs: its actual size is unknown


ERRORS = frozenset({ImageProblem.NOT_PNG, ImageProblem.UNREADABLE, ImageProblem.OPAQUE})

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_PIXELS = 25_000_000
"""Larger images are refused before decoding (a scan at 600 dpi of a seal is ~1 Mpx)."""


@dataclass
class ImageCheck:
    """The outcome of ``check_image``: size, resolution and problems found."""

    size: tuple[int, int] = (0, 0)
    dpi: float | None = None
    problems: list[ImageProblem] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        """True when no problem is an error (warnings allowed)."""
        return not any(p in ERRORS for p in self.problems)


def check_image(data: bytes, ink: Ink) -> ImageCheck:
    """Check ``data`` as a signature (blue) or seal (red) image."""
    if not data.startswith(PNG_MAGIC):
        return ImageCheck(problems=[ImageProblem.NOT_PNG])
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                return ImageCheck(size=img.size, problems=[ImageProblem.UNREADABLE])
            img.load()
            size = img.size
            dpi = _dpi(img.info.get("dpi"))
            has_alpha = img.mode in ("RGBA", "LA", "PA") or "transparency" in img.info
            rgba = img.convert("RGBA")
    except (OSError, ValueError, Image.DecompressionBombError):
        return ImageCheck(problems=[ImageProblem.UNREADABLE])
    result = ImageCheck(size=size, dpi=dpi)
    if ink is Ink.RED and dpi is None:
        result.problems.append(ImageProblem.NO_RESOLUTION)
    alpha = rgba.getchannel("A")
    lo, _hi = alpha.getextrema()
    if not has_alpha or lo == 255:
        result.problems.append(ImageProblem.OPAQUE)
        return result
    # the inked pixels: a small thumbnail is enough to judge the colour
    thumb = rgba.copy()
    thumb.thumbnail((200, 200))
    raw = thumb.tobytes()
    inked = [tuple(raw[i : i + 3]) for i in range(0, len(raw), 4) if raw[i + 3] >= 128]
    if not inked:
        result.problems.append(ImageProblem.EMPTY)
        return result
    if ink is Ink.RED:
        hits = sum(1 for r, g, b in inked if r > g + 50 and r > b + 50)
        if hits < 0.6 * len(inked):
            result.problems.append(ImageProblem.NOT_RED)
    else:
        hits = sum(1 for r, g, b in inked if b > r + 30 and b >= g)
        if hits < 0.6 * len(inked):
            result.problems.append(ImageProblem.NOT_BLUE)
    return result


def _dpi(value: object) -> float | None:
    if isinstance(value, tuple) and value and isinstance(value[0], int | float) and value[0] > 1:
        return float(value[0])
    return None

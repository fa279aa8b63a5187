"""PNG checks of the signature (blue) and seal (red) images."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from gui.core.signimages import ImageProblem, Ink, check_image
from tests.signing import pki as P


def png(mode: str, size: tuple[int, int], colour: tuple[int, ...], dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, colour).save(buf, format="PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


def test_good_images_pass() -> None:
    sig = check_image(P.signature_png(), Ink.BLUE)
    assert sig.usable and sig.problems == [] and sig.size == (600, 240)
    seal = check_image(P.seal_png(), Ink.RED)
    assert seal.usable and seal.problems == [] and seal.dpi == pytest.approx(600, abs=1)


@pytest.mark.parametrize(
    ("data", "ink", "problem", "usable"),
    [
        (b"GIF89a", Ink.BLUE, ImageProblem.NOT_PNG, False),
        (b"\x89PNG\r\n\x1a\n broken", Ink.BLUE, ImageProblem.UNREADABLE, False),
        (png("RGB", (40, 20), (0, 0, 255)), Ink.BLUE, ImageProblem.OPAQUE, False),
        (png("RGBA", (40, 20), (0, 0, 255, 255)), Ink.BLUE, ImageProblem.OPAQUE, False),
        (png("RGBA", (40, 20), (0, 0, 0, 0)), Ink.BLUE, ImageProblem.EMPTY, True),
        (P.seal_png(), Ink.BLUE, ImageProblem.NOT_BLUE, True),
        (P.signature_png(), Ink.RED, ImageProblem.NOT_RED, True),
        (P.seal_png(dpi=None), Ink.RED, ImageProblem.NO_RESOLUTION, True),
    ],
)
def test_problems(data: bytes, ink: Ink, problem: ImageProblem, usable: bool) -> None:
    check = check_image(data, ink)
    assert problem in check.problems
    assert check.usable is usable

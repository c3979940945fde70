"""Draw the BP Studio icons with QPainter and write them to ``resources/icons/``.

Run ``python packaging/make_icons.py`` after changing the drawing; the results are committed,
so a build never needs to run this script. Writes, for the application (``bpstudio``) and for
project files (``bpstudio-project``):

- ``NAME-SIZE.png`` for each size in :data:`PNG_SIZES` and ``NAME.svg``;
- ``NAME.ico`` (Windows: 16 to 48 px as 32-bit BMP entries, 64 px and up as PNG entries);
- ``NAME.icns`` (macOS: PNG entries from 16 px to 1024 px).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICO entries at or below this size are stored as BMP, which every Windows version reads.
ICO_MAX_BMP_SIZE = 48
#: macOS icon types (PNG payload) and their pixel sizes; "@2x" types share a size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

BACKGROUND_TOP = QColor("#1f6fb2")
BACKGROUND_BOTTOM = QColor("#123e6b")
CONNECTION = QColor(255, 255, 255, 150)
INPUT_NODE = QColor("#f4f7fb")
HIDDEN_NODE = QColor("#ffc247")
OUTPUT_NODE = QColor("#5fd38d")
BACKPROP_ARROW = QColor("#ff7a59")
PAGE = QColor("#fdfdfd")
PAGE_EDGE = QColor("#8a96a3")
PAGE_FOLD = QColor("#d9dee4")


def _layer_sizes(size: float) -> tuple[int, ...]:
    """Return the neurons per layer to draw; small icons get fewer so the nodes stay visible."""
    return (2, 3, 1) if size < 40 else (3, 4, 2)


def _draw_network(painter: QPainter, area: QRectF, with_arrow: bool) -> None:
    """Draw a small multilayer perceptron (and a backpropagation arrow) inside ``area``."""
    size = min(area.width(), area.height())
    layers = _layer_sizes(size)
    radius = size * (0.085 if max(layers) <= 3 else 0.07)
    top = area.top() + size * 0.12
    bottom = area.bottom() - size * (0.30 if with_arrow else 0.12)
    columns = [
        area.left() + area.width() * fraction for fraction in (0.18, 0.5, 0.82)[: len(layers)]
    ]
    positions = []
    for column_x, count in zip(columns, layers, strict=True):
        step = (bottom - top) / count
        positions.append([QPointF(column_x, top + step * (i + 0.5)) for i in range(count)])

    pen = QPen(CONNECTION, max(1.0, size * 0.022))
    painter.setPen(pen)
    for left, right in zip(positions, positions[1:], strict=False):
        for start in left:
            for end in right:
                painter.drawLine(start, end)

    painter.setPen(Qt.PenStyle.NoPen)
    colours = (INPUT_NODE, HIDDEN_NODE, OUTPUT_NODE)
    for layer_positions, colour in zip(positions, colours, strict=True):
        painter.setBrush(QBrush(colour))
        for centre in layer_positions:
            painter.drawEllipse(centre, radius, radius)

    if with_arrow:
        _draw_backprop_arrow(painter, area, size)


def _draw_backprop_arrow(painter: QPainter, area: QRectF, size: float) -> None:
    """Draw the arrow running from the output layer back to the input layer."""
    y = area.bottom() - size * 0.16
    left = area.left() + area.width() * 0.2
    right = area.left() + area.width() * 0.8
    head = size * 0.09
    pen = QPen(BACKPROP_ARROW, max(1.5, size * 0.045))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(right, y), QPointF(left + head * 0.6, y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(BACKPROP_ARROW))
    arrow_head = QPainterPath(QPointF(left, y))
    arrow_head.lineTo(QPointF(left + head * 1.3, y - head))
    arrow_head.lineTo(QPointF(left + head * 1.3, y + head))
    arrow_head.closeSubpath()
    painter.drawPath(arrow_head)


def paint_app_icon(painter: QPainter, size: float) -> None:
    """Paint the application icon: a network on a rounded blue square, ``size`` px wide."""
    margin = size * 0.04
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(square.topLeft(), square.bottomRight())
    gradient.setColorAt(0.0, BACKGROUND_TOP)
    gradient.setColorAt(1.0, BACKGROUND_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(square, size * 0.2, size * 0.2)
    _draw_network(painter, square, with_arrow=size >= 40)


def paint_document_icon(painter: QPainter, size: float) -> None:
    """Paint the project-file icon: a page with a folded corner and the network on a badge."""
    width = size * 0.78
    left = (size - width) / 2
    top = size * 0.04
    bottom = size * 0.96
    fold = size * 0.22
    page = QPainterPath(QPointF(left, top))
    page.lineTo(QPointF(left + width - fold, top))
    page.lineTo(QPointF(left + width, top + fold))
    page.lineTo(QPointF(left + width, bottom))
    page.lineTo(QPointF(left, bottom))
    page.closeSubpath()
    painter.setPen(QPen(PAGE_EDGE, max(1.0, size * 0.02)))
    painter.setBrush(QBrush(PAGE))
    painter.drawPath(page)

    corner = QPainterPath(QPointF(left + width - fold, top))
    corner.lineTo(QPointF(left + width - fold, top + fold))
    corner.lineTo(QPointF(left + width, top + fold))
    corner.closeSubpath()
    painter.setBrush(QBrush(PAGE_FOLD))
    painter.drawPath(corner)

    badge_size = width * 0.86
    painter.save()
    painter.translate((size - badge_size) / 2, bottom - badge_size - size * 0.06)
    paint_app_icon(painter, badge_size)
    painter.restore()


def render_png(paint: Callable[[QPainter, float], None], size: int) -> QImage:
    """Render ``paint`` into a transparent ``size`` x ``size`` ARGB image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter, float(size))
    painter.end()
    return image


def write_svg(paint: Callable[[QPainter, float], None], path: Path, title: str) -> None:
    """Write ``paint`` as a 256-unit SVG document for scalable icon themes."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(256, 256))
    generator.setViewBox(QRectF(0, 0, 256, 256))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter, 256.0)
    painter.end()


def png_bytes(image: QImage) -> bytes:
    """Return ``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt failed to encode a PNG image")
    buffer.close()
    return bytes(data.data())


def bmp_icon_entry(image: QImage) -> bytes:
    """Return ``image`` as an ICO bitmap entry: a BITMAPINFOHEADER, BGRA rows and an AND mask.

    ICO bitmaps are stored bottom-up, and the header's height is doubled to cover the 1-bit
    AND mask. The mask is all zeros because the alpha channel carries transparency.
    """
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = image.width(), image.height()
    rows = [bytes(image.constBits())[y * width * 4 : (y + 1) * width * 4] for y in range(height)]
    mask_row = bytes(((width + 31) // 32) * 4)
    pixels = b"".join(reversed(rows))
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return header + pixels + mask_row * height


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """Return an ICO file holding one entry per size in ``images``."""
    entries = []
    for size, image in sorted(images.items()):
        payload = bmp_icon_entry(image) if size <= ICO_MAX_BMP_SIZE else png_bytes(image)
        entries.append((size, payload))
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    data = b""
    for size, payload in entries:
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack(
            "<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(payload), offset + len(data)
        )
        data += payload
    return directory + data


def icns_bytes(images: dict[int, QImage]) -> bytes:
    """Return an ICNS file with a PNG entry for each type in :data:`ICNS_TYPES`."""
    body = b""
    for icon_type, size in ICNS_TYPES:
        payload = png_bytes(images[size])
        body += icon_type + struct.pack(">I", len(payload) + 8) + payload
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write_icon_set(
    name: str, paint: Callable[[QPainter, float], None], title: str, folder: Path
) -> list[Path]:
    """Write the PNG, SVG, ICO and ICNS files of one icon; return their paths."""
    images = {size: render_png(paint, size) for size in PNG_SIZES}
    written = []
    for size, image in images.items():
        path = folder / f"{name}-{size}.png"
        path.write_bytes(png_bytes(image))
        written.append(path)
    svg_path = folder / f"{name}.svg"
    write_svg(paint, svg_path, title)
    ico_path = folder / f"{name}.ico"
    ico_path.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    icns_path = folder / f"{name}.icns"
    icns_path.write_bytes(icns_bytes(images))
    return [*written, svg_path, ico_path, icns_path]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output", type=Path, default=ICONS_DIR, help=f"folder to write to (default {ICONS_DIR})"
    )
    args = parser.parse_args(argv)
    args.output.mkdir(parents=True, exist_ok=True)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = write_icon_set("bpstudio", paint_app_icon, "BP Studio", args.output)
    written += write_icon_set(
        "bpstudio-project", paint_document_icon, "BP Studio project", args.output
    )
    del app
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw the PCMD application icon and write resources/icons/pcmd.png and pcmd.ico.

Run once after changing the design (the outputs are committed)::

    QT_QPA_PLATFORM=offscreen python installer/make_icon.py

The picture is a blue rounded square holding a white shield with a check mark and the letters
"PCMD" (the letters only at sizes large enough to read). It is drawn with QPainter for every
icon size, so small sizes stay sharp instead of being scaled down.

The .ico holds 16, 24, 32, 48 and 64 px images as classic bitmaps (written one by one with Qt's
"ico" image plugin, then joined into one file) and a 256 px PNG image, which is what Windows
Explorer, the taskbar, PyInstaller and NSIS all read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "resources" / "icons"
BITMAP_SIZES = (16, 24, 32, 48, 64)
PNG_SIZE = 256

BLUE_TOP = QColor("#1f5fa8")
BLUE_BOTTOM = QColor("#123c6e")
RED = QColor("#c8102e")


def draw(size: int) -> QImage:
    """Return the icon drawn at ``size`` x ``size`` pixels (premultiplied ARGB)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    s = float(size)

    # Background: rounded square with a vertical gradient.
    margin = max(0.5, s * 0.03)
    rect = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    gradient = QLinearGradient(rect.topLeft(), rect.bottomLeft())
    gradient.setColorAt(0.0, BLUE_TOP)
    gradient.setColorAt(1.0, BLUE_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(rect, s * 0.18, s * 0.18)

    with_text = size >= 48
    # Shield: centred, smaller when the letters need room below it.
    top = s * (0.12 if with_text else 0.14)
    height = s * (0.56 if with_text else 0.74)
    width = height * 0.82
    cx = s / 2
    left, right = cx - width / 2, cx + width / 2
    shield = QPainterPath()
    shield.moveTo(cx, top)
    shield.cubicTo(cx + width * 0.2, top + height * 0.08, right - width * 0.05, top + height * 0.1,
                   right, top + height * 0.12)
    shield.cubicTo(right, top + height * 0.55, cx + width * 0.3, top + height * 0.85,
                   cx, top + height)
    shield.cubicTo(cx - width * 0.3, top + height * 0.85, left, top + height * 0.55,
                   left, top + height * 0.12)
    shield.cubicTo(left + width * 0.05, top + height * 0.1, cx - width * 0.2, top + height * 0.08,
                   cx, top)
    shield.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(shield)

    # Check mark inside the shield.
    pen = QPen(RED, max(1.5, s * (0.06 if with_text else 0.09)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath()
    check.moveTo(QPointF(cx - width * 0.24, top + height * 0.48))
    check.lineTo(QPointF(cx - width * 0.04, top + height * 0.66))
    check.lineTo(QPointF(cx + width * 0.27, top + height * 0.32))
    p.drawPath(check)

    if with_text:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setBold(True)
        font.setPixelSize(max(8, round(s * 0.19)))
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 105)
        p.setFont(font)
        p.setPen(QColor("white"))
        text_rect = QRectF(0, top + height + s * 0.02, s, s - (top + height) - s * 0.08)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, "PCMD")
    p.end()
    return image


def encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt):
        raise RuntimeError(f"Qt cannot write {fmt} images (image format plugin missing?)")
    buffer.close()
    return bytes(data.data())


def single_ico_entry(image: QImage) -> tuple[bytes, bytes]:
    """Return (16-byte directory entry without offset, image data) of a one-image .ico."""
    blob = encode(image.convertToFormat(QImage.Format.Format_ARGB32), "ICO")
    _reserved, kind, count = struct.unpack_from("<HHH", blob, 0)
    if kind != 1 or count != 1:
        raise RuntimeError("unexpected .ico written by Qt")
    entry = blob[6:22]
    size, offset = struct.unpack_from("<II", entry, 8)
    return entry[:8], blob[offset:offset + size]


def build_ico(images: list[tuple[bytes, bytes]]) -> bytes:
    """Join (entry head, data) pairs into one .ico file."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    directory = b""
    body = b""
    for head, data in images:
        directory += head + struct.pack("<II", len(data), offset)
        body += data
        offset += len(data)
    return header + directory + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    big = draw(PNG_SIZE)
    png = encode(big, "PNG")
    (OUT_DIR / "pcmd.png").write_bytes(png)
    entries = [single_ico_entry(draw(size)) for size in BITMAP_SIZES]
    # 256 px: width/height 0 mean 256; colour planes 1, 32 bits per pixel; data is the PNG.
    entries.append((struct.pack("<BBBBHH", 0, 0, 0, 0, 1, 32), png))
    (OUT_DIR / "pcmd.ico").write_bytes(build_ico(entries))
    print(f"wrote {OUT_DIR / 'pcmd.png'} and {OUT_DIR / 'pcmd.ico'} "
          f"({', '.join(str(s) for s in (*BITMAP_SIZES, PNG_SIZE))} px)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Generate the per-OS application icons from resources/icons/app.svg (no binaries in git).

    python packaging/icons.py OUT_DIR      # writes app.ico, app.icns, app-256.png

Qt renders the SVG at each size; the .ico and .icns containers (PNG entries) are written here
byte for byte, so the output is the same on every OS and needs no extra tools.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def generate(out: Path) -> dict[str, Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {SVG}")
    sizes = sorted({*ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    out.mkdir(parents=True, exist_ok=True)
    paths = {"ico": out / "app.ico", "icns": out / "app.icns", "png": out / "app-256.png"}
    paths["ico"].write_bytes(ico(pngs))
    paths["icns"].write_bytes(icns(pngs))
    paths["png"].write_bytes(pngs[256])
    del app
    return paths


if __name__ == "__main__":
    for kind, path in generate(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")).items():
        print(f"{kind}: {path} ({path.stat().st_size} bytes)")

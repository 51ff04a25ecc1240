"""ClinicDesk's application icon, drawn with Pillow at build time.

The drawing is the source: a client's record card on a teal tile, with a padlock
for the encryption. Nothing binary is kept in git; the build writes the PNG, the
Windows .ico and the macOS .icns from it into PyInstaller's work folder.

    python build/app_icon.py OUT_DIR     writes clinicdesk.png, .ico and .icns
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024
TEAL = (38, 120, 116, 255)
CARD = (255, 255, 255, 255)
INK = (154, 196, 193, 255)
LOCK = (232, 150, 96, 255)
# Windows picks the nearest of these for the taskbar, Explorer and the title bar.
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int = SIZE) -> Image.Image:
    """The icon at `size` pixels, drawn at 1024 and scaled, so thin lines stay smooth."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    # macOS icons leave a margin round the tile; Windows shows it as a little padding.
    pen.rounded_rectangle((64, 64, 960, 960), radius=200, fill=TEAL)
    pen.rounded_rectangle((224, 200, 800, 820), radius=56, fill=CARD)
    pen.ellipse((290, 270, 430, 410), fill=INK)
    for top in (300, 360):
        pen.rounded_rectangle((470, top, 730, top + 34), radius=17, fill=INK)
    for top in (480, 560, 640):
        pen.rounded_rectangle((290, top, 730, top + 34), radius=17, fill=INK)
    # The padlock overlaps the card's corner: the record is kept locked.
    pen.rounded_rectangle((620, 690, 880, 900), radius=36, fill=LOCK)
    pen.arc((660, 560, 840, 760), start=180, end=360, fill=LOCK, width=44)
    pen.line((682, 660, 682, 700), fill=LOCK, width=44)
    pen.line((818, 660, 818, 700), fill=LOCK, width=44)
    pen.ellipse((728, 750, 772, 794), fill=CARD)
    if size != SIZE:
        image = image.resize((size, size), Image.Resampling.LANCZOS)
    return image


def write_icons(folder: Path) -> dict[str, Path]:
    """clinicdesk.png, .ico and .icns in `folder`; returns them by suffix."""
    folder.mkdir(parents=True, exist_ok=True)
    image = draw()
    written = {
        "png": folder / "clinicdesk.png",
        "ico": folder / "clinicdesk.ico",
        "icns": folder / "clinicdesk.icns",
    }
    image.resize((512, 512), Image.Resampling.LANCZOS).save(written["png"])
    image.save(written["ico"], sizes=ICO_SIZES)
    image.save(written["icns"])
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in write_icons(Path(sys.argv[1])).values():
        print(path)

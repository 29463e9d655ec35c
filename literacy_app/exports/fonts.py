"""Finding a Chinese font to embed in PDFs.

PDF reports and certificates must print anywhere, so the font is embedded (fpdf2 embeds the subset
of glyphs used). The program ships no font of its own (a full Chinese font is 10–20 MB); every
system a Chinese user has carries one, and these are the usual files, best first.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_FONT = "LITERACY_APP_PDF_FONT"


@dataclass(frozen=True)
class FontFile:
    path: Path
    # The face inside a TrueType/OpenType collection (.ttc); 0 for a single font.
    index: int = 0


# (file name, face index of the Simplified Chinese face in that file)
_CANDIDATES: tuple[tuple[str, int], ...] = (
    ("msyh.ttc", 0),  # Windows: Microsoft YaHei
    ("msyh.ttf", 0),
    ("simhei.ttf", 0),
    ("simsun.ttc", 0),
    ("PingFang.ttc", 0),  # macOS
    ("Hiragino Sans GB.ttc", 0),
    ("STHeiti Light.ttc", 0),
    ("NotoSansCJK-Regular.ttc", 2),  # Debian/Ubuntu fonts-noto-cjk: JP, KR, SC, TC, HK
    ("NotoSansCJKsc-Regular.otf", 0),
    ("NotoSansSC-Regular.otf", 0),
    ("NotoSansSC-Regular.ttf", 0),
    ("SourceHanSansSC-Regular.otf", 0),
    ("wqy-microhei.ttc", 0),
    ("wqy-zenhei.ttc", 0),
)


def _font_dirs() -> list[Path]:
    home = Path.home()
    windows = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    local = Path(os.environ.get("LOCALAPPDATA", home)) / "Microsoft" / "Windows" / "Fonts"
    return [
        windows,
        local,
        Path("/System/Library/Fonts"),
        Path("/Library/Fonts"),
        home / "Library" / "Fonts",
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local" / "share" / "fonts",
        home / ".fonts",
    ]


def find_chinese_font() -> FontFile | None:
    """The first usual Chinese font on this system, or the file `LITERACY_APP_PDF_FONT` names."""
    chosen = os.environ.get(ENV_FONT)
    if chosen and Path(chosen).is_file():
        return FontFile(Path(chosen))
    wanted = {name.lower(): (rank, index) for rank, (name, index) in enumerate(_CANDIDATES)}
    best: tuple[int, FontFile] | None = None
    for folder in _font_dirs():
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                found = wanted.get(name.lower())
                if found and (best is None or found[0] < best[0]):
                    best = (found[0], FontFile(Path(root) / name, found[1]))
            if best is not None and best[0] == 0:
                return best[1]
    return best[1] if best else None

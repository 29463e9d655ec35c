"""An image's width and height read from its header, without Qt and without decoding it.

The validator warns about pictures far larger than a lesson shows: they make a course package heavy
and open slowly on old machines. Only the first bytes are read; an unknown format gives None.
"""

from __future__ import annotations

import struct
from pathlib import Path

# A lesson column is about 700 px wide; a picture of this size is already very generous.
LARGE_PIXELS = 4000
LARGE_BYTES = 2 * 1024 * 1024
_HEADER = 64 * 1024  # JPEG's size sits after its other markers, which rarely take more than this


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF, JPEG or WebP file, or None when the header says nothing."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEADER)
    except OSError:
        return None
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        return struct.unpack(">II", head[16:24])
    if head[:6] in (b"GIF87a", b"GIF89a") and len(head) >= 10:
        return struct.unpack("<HH", head[6:10])
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _webp_size(head)
    return None


# Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC are not frames.
_FRAMES = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(head: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 <= len(head):
        if head[at] != 0xFF:
            return None
        marker = head[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in _FRAMES:
            height, width = struct.unpack(">HH", head[at + 5 : at + 9])
            return width, height
        (length,) = struct.unpack(">H", head[at + 2 : at + 4])
        at += 2 + length
    return None


def _webp_size(head: bytes) -> tuple[int, int] | None:
    kind = head[12:16]
    if kind == b"VP8X" and len(head) >= 30:
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return width, height
    if kind == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if kind == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None

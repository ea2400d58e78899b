"""Generated avatar images (PNG) for demo contacts, in pure Python: no Qt, no Pillow."""

from __future__ import annotations

import hashlib
import struct
import zlib

_PALETTE = (
    (0x3B, 0x82, 0xF6), (0x10, 0xB9, 0x81), (0xF5, 0x9E, 0x0B), (0xEF, 0x44, 0x44),
    (0x8B, 0x5C, 0xF6), (0xEC, 0x48, 0x99), (0x14, 0xB8, 0xA6), (0x64, 0x74, 0x8B),
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def avatar_png(seed: str, size: int = 96) -> bytes:
    """A symmetric 5x5 pattern on a soft background, deterministic for *seed*."""
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    fg = _PALETTE[digest[0] % len(_PALETTE)]
    bg = tuple(255 - (255 - c) // 6 for c in fg)
    cells = [[False] * 5 for _ in range(5)]
    for row in range(5):
        for col in range(3):
            on = bool(digest[1 + row * 3 + col] & 1)
            cells[row][col] = cells[row][4 - col] = on
    margin = size // 8
    cell = (size - 2 * margin) // 5
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        cy = (y - margin) // cell if y >= margin else -1
        for x in range(size):
            cx = (x - margin) // cell if x >= margin else -1
            on = 0 <= cy < 5 and 0 <= cx < 5 and cells[cy][cx]
            raw.extend(fg if on else bg)
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(bytes(raw), 6)) + _chunk(b"IEND", b""))

#!/usr/bin/env python3
"""Draws RecoveryBot's two Teams icons with nothing but the standard library.

    color.png    192x192, full colour: a white leaf on a calm green rounded square
    outline.png   32x32,  white leaf outline on a fully transparent background

Teams asks for exactly these sizes, and for the outline icon to be white on
transparent. Run it from anywhere: python3 deploymentTemplates/teams/make-icons.py
The PNGs it writes are committed, so this only needs running after a change here.
"""

import math
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = (0x3E, 0x7C, 0x6B)  # the manifest's accentColor
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4                 # 4x4 supersampling per pixel for smooth edges


def write_png(path, width, height, rgba_rows):
    """Writes an 8-bit RGBA PNG. rgba_rows: list of rows, each a list of (r, g, b, a)."""
    raw = bytearray()
    for row in rgba_rows:
        raw.append(0)  # filter type 0 (None) for every scanline
        for r, g, b, a in row:
            raw += bytes((r, g, b, a))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8 bits, colour type 6 = RGBA
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def in_leaf(x, y, cx, cy, half_len, half_width, angle):
    """True inside a leaf: the overlap of two discs (a vesica), tilted by `angle` radians."""
    # Rotate the point into the leaf's own frame, where the leaf lies along the u axis.
    dx, dy = x - cx, y - cy
    u = dx * math.cos(angle) + dy * math.sin(angle)
    v = -dx * math.sin(angle) + dy * math.cos(angle)
    # Two circles through the tips (u = +-half_len) whose overlap is half_width thick.
    r = (half_len ** 2 + half_width ** 2) / (2 * half_width)
    offset = r - half_width
    return (u * u + (v - offset) ** 2 <= r * r) and (u * u + (v + offset) ** 2 <= r * r)


def in_rounded_square(x, y, size, radius):
    nx = min(max(x, radius), size - radius)
    ny = min(max(y, radius), size - radius)
    return (x - nx) ** 2 + (y - ny) ** 2 <= radius ** 2


def in_vein(x, y, cx, cy, half_len, angle, thickness):
    """The leaf's middle vein: a thin line along the leaf's long axis."""
    dx, dy = x - cx, y - cy
    u = dx * math.cos(angle) + dy * math.sin(angle)
    v = -dx * math.sin(angle) + dy * math.cos(angle)
    return abs(v) <= thickness / 2 and abs(u) <= half_len * 0.7


def coverage(px, py, test):
    """Fraction of a pixel's sub-samples for which test(x, y) holds."""
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            if test(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES):
                hits += 1
    return hits / (SAMPLES * SAMPLES)


def blend(a, b, t):
    return tuple(round(a[i] * (1 - t) + b[i] * t) for i in range(3))


def color_icon(size=192):
    angle = -math.pi / 4  # leaf points up and to the right
    c = size / 2
    leaf = lambda x, y: in_leaf(x, y, c, c, size * 0.34, size * 0.17, angle)
    vein = lambda x, y: in_vein(x, y, c, c, size * 0.34, angle, size * 0.025)
    back = lambda x, y: in_rounded_square(x, y, size, size * 0.2)
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            bg = coverage(px, py, back)
            lf = coverage(px, py, lambda x, y: leaf(x, y) and not vein(x, y))
            rgb = blend(GREEN, WHITE, lf)
            row.append(rgb + (round(255 * bg),))
        rows.append(row)
    return rows


def outline_icon(size=32):
    angle = -math.pi / 4
    c = size / 2
    outer = lambda x, y: in_leaf(x, y, c, c, size * 0.44, size * 0.22, angle)
    inner = lambda x, y: in_leaf(x, y, c, c, size * 0.44 - 2.2, size * 0.22 - 2.0, angle)
    vein = lambda x, y: in_vein(x, y, c, c, size * 0.44, angle, 1.6)
    ring = lambda x, y: outer(x, y) and (not inner(x, y) or vein(x, y))
    rows = []
    for py in range(size):
        rows.append([WHITE + (round(255 * coverage(px, py, ring)),) for px in range(size)])
    return rows


def main():
    write_png(os.path.join(HERE, "color.png"), 192, 192, color_icon(192))
    write_png(os.path.join(HERE, "outline.png"), 32, 32, outline_icon(32))
    print("wrote color.png (192x192) and outline.png (32x32) in", HERE)


if __name__ == "__main__":
    main()

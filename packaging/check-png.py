#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Fails unless a PNG file (of the given size) shows something: enough
distinct colours, and no single colour covering nearly all of it. Plain
Python, so that it runs on any host without imaging libraries.
"""

import argparse
import struct
import sys
import zlib


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(kind, line, prev, bpp):
    n = len(line)
    if kind == 1:
        for i in range(bpp, n):
            line[i] = (line[i] + line[i - bpp]) & 0xFF
    elif kind == 2:
        for i in range(n):
            line[i] = (line[i] + prev[i]) & 0xFF
    elif kind == 3:
        for i in range(n):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(n):
            left = line[i - bpp] if i >= bpp else 0
            upper_left = prev[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + paeth(left, prev[i], upper_left)) & 0xFF
    elif kind != 0:
        raise ValueError(f"unknown row filter {kind}")


def read_png(path):
    """Returns (width, height, channels, rows) of an 8-bit, non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, header, idat = 8, None, []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour_type, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour_type}, interlace {interlace}")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = bytearray(raw[start + 1:start + 1 + stride])
        unfilter(raw[start], line, prev, channels)
        rows.append(line)
        prev = line
    return width, height, channels, rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file")
    parser.add_argument("--size", metavar="WxH", help="the size the image must have")
    parser.add_argument("--min-colours", type=int, default=16, help="at least this many colours (16)")
    parser.add_argument("--max-share", type=float, default=0.99,
                        help="no colour may cover more than this share of the pixels (0.99)")
    args = parser.parse_args()
    try:
        width, height, channels, rows = read_png(args.file)
    except (OSError, ValueError, zlib.error) as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 1
    counts = {}
    for line in rows:
        for i in range(0, len(line), channels):
            pixel = bytes(line[i:i + channels])
            counts[pixel] = counts.get(pixel, 0) + 1
    share = max(counts.values()) / (width * height)
    print(f"{args.file}: {width}x{height}, {len(counts)} colours, the commonest covers {share:.0%}")
    if args.size and args.size != f"{width}x{height}":
        print(f"{args.file}: expected {args.size}", file=sys.stderr)
        return 1
    if len(counts) < args.min_colours or share > args.max_share:
        print(f"{args.file}: looks blank (at least {args.min_colours} colours and at most "
              f"{args.max_share:.0%} in one expected)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

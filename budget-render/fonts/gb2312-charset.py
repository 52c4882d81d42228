#!/usr/bin/env python3
"""Prints the characters of the font cut: printable ASCII, every character of GB 2312 (the 6,763 hanzi and
682 symbols), a few punctuation marks Chinese documents use that GB 2312 maps elsewhere, and any extra
characters given as files (such as the reference disclosure)."""
import sys

chars = set(chr(c) for c in range(0x20, 0x7F))
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
# punctuation and signs used in disclosures that GB 2312 lacks or maps to another code point
chars.update('\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u00b7\u30fb\u2013\u00a0\u3000\u2264\u2265\u00d7\u00f7'
             '\u2116\u2103\u00b0\uff5e\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468\u2469\u2030\u00a5')
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as f:
        chars.update(c for c in f.read() if c.isprintable())
sys.stdout.write(''.join(sorted(chars)))

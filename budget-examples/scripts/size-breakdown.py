#!/usr/bin/env python3
"""What each byte of a rendered disclosure buys: for each PDF, DOCX and HTML given, its size split into fonts,
page content, XML, text and the rest, as stored (compressed where the file compresses). Needs qpdf for PDFs.

    budget-examples/scripts/size-breakdown.py out/*.pdf out/*.docx out/*.html
"""
import base64
import json
import re
import subprocess
import sys
import zipfile


def pdf(path):
    objects = json.loads(subprocess.run(["qpdf", "--json", path], check=True, capture_output=True).stdout)
    objects = objects["qpdf"][1]
    parts = {"fonts": 0, "page content": 0}
    for value in objects.values():
        if "stream" not in value:
            continue
        d = value["stream"]["dict"]
        length = d.get("/Length", 0) if isinstance(d.get("/Length"), int) else 0
        if "/Length1" in d or "/Length2" in d:
            parts["fonts"] += length
        elif "/Type" not in d and "/Subtype" not in d:
            parts["page content"] += length
    return parts


def docx(path):
    parts = {"fonts": 0, "word/document.xml": 0}
    with zipfile.ZipFile(path) as z:
        for i in z.infolist():
            key = "fonts" if i.filename.startswith("word/fonts/") else i.filename
            if key in parts:
                parts[key] += i.compress_size + 30 + len(i.filename)
    return parts


def html(path):
    text = open(path, encoding="utf-8").read()
    fonts = sum(len(d) for d in re.findall(r"base64,([A-Za-z0-9+/=]+)", text))
    return {"fonts (base64)": fonts}


def main(paths):
    for path in paths:
        size = len(open(path, "rb").read())
        kind = path.rsplit(".", 1)[-1]
        parts = {"pdf": pdf, "docx": docx, "html": html}[kind](path)
        rest = size - sum(parts.values())
        shown = ", ".join(f"{k} {v / 1000:.1f} kB ({100 * v / size:.0f} %)" for k, v in parts.items())
        print(f"{path}: {size / 1000:.1f} kB = {shown}, the rest {rest / 1000:.1f} kB ({100 * rest / size:.0f} %)")


if __name__ == "__main__":
    main(sys.argv[1:])

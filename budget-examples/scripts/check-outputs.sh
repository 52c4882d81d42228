#!/usr/bin/env bash
# Checks the rendered reference disclosure with independent readers (Debian's qpdf, LibreOffice, Chromium):
#   qpdf --check passes on the PDF; LibreOffice converts the DOCX to PDF with the embedded fonts (no fallback to a
#   font without Chinese glyphs); headless Chromium prints the HTML to PDF with its embedded fonts. Both PDFs are
#   then read character by character with PDFBox (PdfGlyphs.java): every character drawn comes from an embedded
#   Noto SC subset that has its glyph, so the check holds on a machine with Chinese system fonts (fonts-noto-cjk)
#   as on one without: a character missing from a subset would be taken from a system font, or drawn as a box.
# Usage: check-outputs.sh DIR   (DIR holds leting-industry-bureau-2022.{pdf,docx,html})
set -euo pipefail
dir=${1:-out}
name=leting-industry-bureau-2022
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need qpdf || ! need soffice || ! need chromium || ! need pdffonts; then
  echo "== installing qpdf, poppler-utils, libreoffice-writer-nogui, chromium (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq qpdf poppler-utils libreoffice-writer-nogui chromium >/dev/null
fi

scripts=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$scripts/../.." && pwd)
pdfbox_version=$(sed -n 's:.*<pdfbox.version>\(.*\)</pdfbox.version>.*:\1:p' "$root/pom.xml")
echo "== PDFBox $pdfbox_version (Maven) for the per-character glyph check"
(cd "$root" && mvn -q -B dependency:copy -Dartifact=org.apache.pdfbox:pdfbox-app:"$pdfbox_version" \
  -DoutputDirectory="$work/pdfbox") >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log"; exit 1; }
glyphs() { java -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog -cp "$work/pdfbox/pdfbox-app-$pdfbox_version.jar" "$scripts/PdfGlyphs.java" "$1"; }

echo "== qpdf --check $dir/$name.pdf"
qpdf --check "$dir/$name.pdf" | tail -n 2

echo "== LibreOffice: $dir/$name.docx to PDF"
soffice -env:UserInstallation=file://"$work"/lo-profile --headless --convert-to pdf --outdir "$work" \
  "$dir/$name.docx" >"$work/lo.log" 2>&1 || { cat "$work/lo.log"; exit 1; }
pdffonts "$work/$name.pdf" | tee "$work/lo-fonts.txt"
if tail -n +3 "$work/lo-fonts.txt" | grep -qv -E 'Noto(Serif|Sans)SC'; then
  echo "LibreOffice fell back to a font that is not the embedded one" >&2; exit 1
fi
pdftotext "$work/$name.pdf" - | tr -d ' \n' > "$work/lo.txt"
grep -q "部门预算收支总表" "$work/lo.txt" && grep -q "2538.88" "$work/lo.txt" && grep -q "其他商品和服务支出12.12万元" "$work/lo.txt" \
  || { echo "LibreOffice's PDF lacks the reference text" >&2; exit 1; }
glyphs "$work/$name.pdf" || { echo "LibreOffice drew characters that are not in the embedded subsets" >&2; exit 1; }
echo "LibreOffice: $(pdfinfo "$work/$name.pdf" | grep Pages), embedded fonts only"

echo "== Chromium: $dir/$name.html to PDF"
html=$(cd "$dir" && pwd)/$name.html
timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$work/chromium" \
  --virtual-time-budget=10000 --no-pdf-header-footer --print-to-pdf="$work/chromium.pdf" "file://$html" \
  >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log"; exit 1; }
pdffonts "$work/chromium.pdf" | tee "$work/chromium-fonts.txt"
# NotoSerifSC (not the system's Noto Serif CJK SC) is the font the HTML embeds
if ! tail -n +3 "$work/chromium-fonts.txt" | grep -q "NotoSerifSC-Regular" \
    || tail -n +3 "$work/chromium-fonts.txt" | grep -qv -E 'Noto(Serif|Sans)SC'; then
  echo "Chromium did not use the embedded fonts only" >&2; exit 1
fi
pdftotext "$work/chromium.pdf" - | tr -d ' \n' > "$work/chromium.txt"
grep -q "部门预算收支总表" "$work/chromium.txt" && grep -q "2538.88" "$work/chromium.txt" \
  || { echo "Chromium's PDF lacks the reference text" >&2; exit 1; }
glyphs "$work/chromium.pdf" || { echo "Chromium drew characters that are not in the embedded subsets" >&2; exit 1; }
echo "Chromium: $(pdfinfo "$work/chromium.pdf" | grep Pages), embedded fonts used"
echo "== independent readers: all checks passed"

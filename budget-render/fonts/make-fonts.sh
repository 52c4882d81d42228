#!/usr/bin/env bash
# Makes the GB 2312-level cuts of Noto Serif SC and Noto Sans SC that budget-render ships in its jar.
# Needs: npm (the npm registry), python3 and Debian's fonttools (pyftsubset): apt-get install fonttools
# Run from anywhere; writes into src/main/resources/org/budgetdisclosure/render/fonts/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../src/main/resources/org/budgetdisclosure/render/fonts"
reference="$here/../../budget-examples/src/test/resources/reference/leting-industry-bureau-2022.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent @expo-google-fonts/noto-serif-sc@0.4.3 @expo-google-fonts/noto-sans-sc@0.4.3 >/dev/null
mkdir serif sans
tar xzf expo-google-fonts-noto-serif-sc-0.4.3.tgz -C serif
tar xzf expo-google-fonts-noto-sans-sc-0.4.3.tgz -C sans
python3 "$here/gb2312-charset.py" "$reference" > chars.txt
cut() { # source target
  pyftsubset "$1" --text-file=chars.txt --output-file="$out/$2" \
    --layout-features='' --drop-tables+=vhea,vmtx,BASE,STAT,GSUB,GPOS,gasp,prep --no-hinting --glyph-names --name-IDs='*' --name-languages='*' --notdef-outline
}
# drop the Unicode variation sequences (cmap format 14): no document uses them and some readers warn on them
strip14() { /usr/bin/python3 - "$1" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1])
f['cmap'].tables = [t for t in f['cmap'].tables if t.format != 14]
f['post'].formatType = 2.0  # keep glyph names: readers look for the PostScript names
f['post'].extraNames = []
f['post'].mapping = {}
f.save(sys.argv[1])
PY
}
cut serif/package/400Regular/NotoSerifSC_400Regular.ttf NotoSerifSC-Regular.ttf
cut serif/package/700Bold/NotoSerifSC_700Bold.ttf NotoSerifSC-Bold.ttf
cut sans/package/700Bold/NotoSansSC_700Bold.ttf NotoSansSC-Bold.ttf
for f in NotoSerifSC-Regular NotoSerifSC-Bold NotoSansSC-Bold; do strip14 "$out/$f.ttf"; done
# the licence with the copyright lines of both families (LICENSE_FONT names only Noto Sans SC's)
{ printf '%s\n' "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source' (Noto Sans SC)." \
    "Copyright 2017-2024 Adobe (http://www.adobe.com/) (Noto Serif SC)."; tail -n +2 sans/package/LICENSE_FONT; } > "$out/OFL.txt"
ls -l "$out"

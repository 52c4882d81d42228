#!/usr/bin/env sh
# The scripted CLI measurement of BENCHMARKS.md and docs/sizing.md: `budget batch` of COUNT copies of the reference
# budget (乐亭县工业和信息化局 2022) in PDF, DOCX and HTML, with THREADS threads, timed from the command line.
#
#   budget-examples/scripts/batch-throughput.sh [JAR] [THREADS] [COUNT] [FORMATS] [SOURCE]
#
# SOURCE is the file copied (default budget-examples/budgets/leting-industry-bureau-2022.json); the final accounts
# are measured with budget-examples/budgets/shanghai-putuo-finance-bureau-2024-final.json.
# JAR defaults to budget-cli/target/budget.jar (build it with mvn -B -q package -DskipTests); THREADS to 2, COUNT to
# 1000, FORMATS to pdf,docx,html. Prints one line: threads, documents, wall seconds, documents per second, the
# processor seconds (user + system, which depend less on other processes than the wall time does), the largest
# resident set (KB), the load average when it started, and the bytes written per document by format.
# Set BUDGET_JAVA_OPTS for JVM options (for example -Xmx512m); BATCH_OPTS for more options of batch (for example
# --shared-fonts: the bytes of the fonts folder are then counted as fonts=, per document). The JVM runs as bin/budget runs a batch
# (C2 on, inlining less; BATCH_JIT= for the JVM's defaults), with the class-data archive bin/budget makes next to the
# jar (BATCH_CDS=off to measure without it).
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
jar=${1:-$here/budget-cli/target/budget.jar}
threads=${2:-2}
count=${3:-1000}
formats=${4:-pdf,docx,html}
source=${5:-$here/budget-examples/budgets/leting-industry-bureau-2022.json}
work=$(mktemp -d "${TMPDIR:-/tmp}/batch-throughput.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/in" "$work/out"
i=0
while [ "$i" -lt "$count" ]; do
  cp "$source" "$work/in/d$(printf %05d "$i").json"
  i=$((i + 1))
done
load=$(cut -d' ' -f1 /proc/loadavg)
# shellcheck disable=SC2086
# the JIT options bin/budget gives a batch (BATCH_JIT= to measure the JVM's defaults)
jit=${BATCH_JIT-"-XX:InlineSmallCode=1000 -XX:MaxInlineLevel=6 -XX:FreqInlineSize=100"}
# the class-data archive bin/budget makes next to the jar on its first run (BATCH_CDS=off to measure without it):
# made here by one render of the source if it is missing or older than the jar
cds=""
if [ "${BATCH_CDS:-on}" != "off" ]; then
  jsa="$jar.jsa"
  if [ ! -f "$jsa" ] || [ ! "$jsa" -nt "$jar" ]; then
    java -XX:ArchiveClassesAtExit="$work/jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" render "$source" \
      --out "$work/cds" >/dev/null 2>&1 && mv -f "$work/jsa" "$jsa" 2>/dev/null
  fi
  [ -f "$jsa" ] && cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
/usr/bin/time -f '%e %M %U %S' -o "$work/time" java $cds $jit ${BUDGET_JAVA_OPTS:-} -jar "$jar" batch -j "$threads" -f "$formats" \
  ${BATCH_OPTS:-} -o "$work/out" "$work/in" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
read -r wall rss user sys <"$work/time"
cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')
sizes=""
for f in $(echo "$formats" | tr ',' ' '); do
  total=$(find "$work/out" -name "*.$f" -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  sizes="$sizes $f=$((total / count))"
done
if [ -d "$work/out/fonts" ]; then
  total=$(find "$work/out/fonts" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}')
  sizes="$sizes fonts=$((total / count)) (fonts folder $total)"
fi
rate=$(awk -v n="$count" -v w="$wall" 'BEGIN {printf "%.1f", n / w}')
echo "threads=$threads cds=$([ -n "$cds" ] && echo on || echo off) documents=$count wall_s=$wall docs_per_s=$rate cpu_s=$cpu max_rss_kb=$rss load_at_start=$load bytes_per_doc:$sizes"

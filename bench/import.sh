#!/usr/bin/env bash
# WordPress import benchmark: generates a Hebrew WXR export of POSTS posts (default 100,000), imports
# it with the real command (java -jar iton.jar import-wordpress) into a fresh embedded database with a
# bounded heap, and writes time, posts/s, peak RSS and the GC log's heap after each collection (largest,
# and per quarter of the run, to show it stays flat) to bench/results/import.md.
# HEAP (default 256m) bounds the heap: the export alone is far bigger than that, so finishing (or
# running on) under it is the "flat memory" proof. LIMIT (seconds, default none) stops the import
# after that long and reports how far it got. Everything it makes lives in a temporary folder, deleted
# at the end.
#
#   bench/import.sh [POSTS]          HEAP=256m LIMIT=3600 JAR=/tmp/iton.jar bench/import.sh 100000
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-100000}
HEAP=${HEAP:-256m}
LIMIT=${LIMIT:-0}
if [ -f .ci/java-home ]; then source .ci/java-home; fi
if [ -z "${JAR:-}" ]; then ./mvnw -B -q -DskipTests package; fi
# JAR=path runs a copy, so a rebuild during a long run cannot pull the jar from under it.
JAR=${JAR:-$(ls target/iton-*.jar | grep -v -- '-plain' | head -1)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "Generating $POSTS posts…"
python3 bench/wxr-generate.py "$POSTS" "$WORK/export.xml"
SIZE=$(du -m "$WORK/export.xml" | cut -f1)

echo "Importing (heap bounded at $HEAP${LIMIT:+, stopped after $LIMIT s if not done})…"
START=$(date +%s.%N)
# Each output line gets the second it was printed at, so the rate can be read over any stretch.
/usr/bin/time -v -o "$WORK/time.txt" timeout --signal=TERM "$LIMIT" java -Xmx"$HEAP" \
    -Xlog:gc:file="$WORK/gc.log":uptime -jar "$JAR" import-wordpress "$WORK/export.xml" \
    --iton.data-dir="$WORK/data" 2>&1 | while IFS= read -r line; do printf '%s %s\n' "$(date +%s)" "$line"; done \
    > "$WORK/out.txt" || true
END=$(date +%s.%N)
ELAPSED=$(echo "$END - $START" | bc)
SUMMARY=$(grep -E 'imported, [0-9]+ already' "$WORK/out.txt" | tail -1 | cut -d' ' -f2- || true)
LAST=$(grep -E '^[0-9]+ \[' "$WORK/out.txt" | tail -1 | cut -d' ' -f2- || true)
RSS_KB=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
CPU_S=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.0f", s}' "$WORK/time.txt")
WARNINGS=$(grep -c ' warning:' "$WORK/out.txt" || true)
CORES=$(grep -c ^processor /proc/cpuinfo)
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
# Posts per second between the first and the last progress line (JVM start and the final index excluded).
RATE=$(grep -E '^[0-9]+ \[' "$WORK/out.txt" | awk '{n = $0; sub(/.*\] /, "", n); split(n, a, "/"); t[NR] = $1; c[NR] = a[1]}
    END {if (NR > 1 && t[NR] > t[1]) printf "%.1f", (c[NR] - c[1]) / (t[NR] - t[1]); else print "n/a"}')
# Heap after GC (MB), largest in each quarter of the run: flat if the import holds nothing per post.
QUARTERS=$(grep -oE '^\[[0-9.]+s\].*->[0-9]+M' "$WORK/gc.log" | sed -E 's/^\[([0-9.]+)s\].*->([0-9]+)M/\1 \2/' \
    | awk -v end="$ELAPSED" '{q = int(4 * $1 / end); if (q > 3) q = 3; if ($2 > m[q]) m[q] = $2}
      END {printf "%s / %s / %s / %s MB", m[0] + 0, m[1] + 0, m[2] + 0, m[3] + 0}')
HEAP_AFTER_GC=$(grep -oE -- '->[0-9]+M' "$WORK/gc.log" | tr -d '>M-' | sort -n | tail -1)

mkdir -p bench/results
cat > bench/results/import.md <<REPORT
# WordPress import: $POSTS Hebrew posts

Run on $(date -u +%Y-%m-%d) with \`HEAP=$HEAP LIMIT=$LIMIT bench/import.sh $POSTS\` on a $CORES-core machine shared
with other jobs (load average at the end: $LOAD): the real command
(\`java -Xmx$HEAP -jar iton.jar import-wordpress export.xml\`) into a fresh embedded H2 database.
The export is ${SIZE} MB (from \`bench/wxr-generate.py\`: Hebrew bodies of ~2.5 KB, 40 categories of which
10 nested, 400 tags, 12 authors, drafts, scheduled and password-protected posts, unknown shortcodes).

| measure | value |
|---|---|
| wall time, JVM start to exit | ${ELAPSED} s (LIMIT=$LIMIT, 0 = none) |
| CPU time used (user + system, all threads) | ${CPU_S} s |
| command's own summary | ${SUMMARY:-none: stopped before the end} |
| last progress line | ${LAST} |
| posts per second, first to last progress line | ${RATE} |
| heap bound | -Xmx$HEAP (the export is ${SIZE} MB) |
| largest heap after a GC (live data, from \`-Xlog:gc\`) | ${HEAP_AFTER_GC} MB |
| largest heap after a GC in each quarter of the run | ${QUARTERS} |
| peak resident set size (\`/usr/bin/time -v\`) | $((RSS_KB / 1024)) MB |
| warnings printed | ${WARNINGS} |
REPORT
cat bench/results/import.md

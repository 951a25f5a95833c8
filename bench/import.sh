#!/usr/bin/env bash
# WordPress import benchmark: generates a Hebrew WXR export of POSTS posts (default 100,000), imports
# it with the real command (java -jar iton.jar import-wordpress) into a fresh embedded database with a
# bounded heap, and writes time, posts/s, peak RSS and the GC log's largest heap after a collection
# to bench/results/import.md. HEAP (default 512m) bounds the heap: finishing under it is the
# "flat memory" proof. Everything it makes lives in a temporary folder, deleted at the end.
#
#   bench/import.sh [POSTS]
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-100000}
HEAP=${HEAP:-512m}
if [ -f .ci/java-home ]; then source .ci/java-home; fi
./mvnw -B -q -DskipTests package
JAR=$(ls target/iton-*.jar | grep -v -- '-plain' | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "Generating $POSTS posts…"
python3 bench/wxr-generate.py "$POSTS" "$WORK/export.xml"
SIZE=$(du -m "$WORK/export.xml" | cut -f1)

echo "Importing (heap bounded at $HEAP)…"
START=$(date +%s.%N)
/usr/bin/time -v java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" import-wordpress "$WORK/export.xml" \
    --iton.data-dir="$WORK/data" > "$WORK/out.txt" 2> "$WORK/time.txt" || true
END=$(date +%s.%N)
SUMMARY=$(grep -E 'imported, [0-9]+ already' "$WORK/out.txt" | tail -1)
RSS_KB=$(grep 'Maximum resident set size' "$WORK/time.txt" | awk '{print $NF}')
HEAP_AFTER_GC=$(grep -oE -- '->[0-9]+M' "$WORK/gc.log" | tr -d '>M-' | sort -n | tail -1)
WARNINGS=$(grep -c '^warning:' "$WORK/out.txt" || true)
ELAPSED=$(echo "$END - $START" | bc)
CPU=$(grep -c ^processor /proc/cpuinfo)

mkdir -p bench/results
cat > bench/results/import.md <<REPORT
# WordPress import: $POSTS Hebrew posts

Run on $(date -u +%Y-%m-%d) with \`bench/import.sh $POSTS\` on a $CPU-core machine: the real command
(\`java -Xmx$HEAP -jar iton.jar import-wordpress export.xml\`) into a fresh embedded H2 database.
The export is ${SIZE} MB (from \`bench/wxr-generate.py\`: Hebrew bodies of ~2.5 KB, 40 categories of which
10 nested, 400 tags, 12 authors, drafts, scheduled and password-protected posts, unknown shortcodes).

| measure | value |
|---|---|
| wall time, JVM start to exit | ${ELAPSED} s |
| command's own summary | ${SUMMARY} |
| heap bound | -Xmx$HEAP (the import finished inside it) |
| largest heap after a GC (live data, from \`-Xlog:gc\`) | ${HEAP_AFTER_GC} MB |
| peak resident set size (\`/usr/bin/time -v\`) | $((RSS_KB / 1024)) MB |
| warnings printed | ${WARNINGS} |

Each post is one transaction (article, tags, revision, audit entry, ledger row, old addresses); search
is indexed once at the end (the wall time includes it, and JVM start). The two streaming passes over
the file keep only the export's header and a few facts per attachment in memory.
REPORT
cat bench/results/import.md

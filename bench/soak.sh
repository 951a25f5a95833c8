#!/usr/bin/env bash
# The soak benchmark (bench/README.md): bench/soak.sh [articles] [key=value ...]
# Starts the packaged app (or JAR=path/to/iton.jar) with a fixed heap (HEAP, 1g by default) and a GC
# log on a fresh PostgreSQL database with the read-path benchmark's articles and a built search
# index, then runs io.iton.bench.Soak (test sources): the peak of the page mix (closed loop, then an
# open loop stepped up until it fails), then 10 minutes at 80% of the open-loop peak while an editor
# publishes every 10 s, the heap sampled after a full GC every minute.
# Report: bench/results/soak.md (OUT=...). key=value arguments go to Soak (e.g. steady=60 for a
# short look; see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=10000
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then ARTICLES=$1; shift; fi
APP_PORT=${APP_PORT:-18400}
HEAP=${HEAP:-1g}
OUT=${OUT:-bench/results/soak.md}

. .ci/java-home
for tool in psql curl python3; do
  command -v "$tool" >/dev/null || { echo "soak.sh: needs $tool (apt-get install postgresql-client curl python3)" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/iton-soak-XXXXXX)
. bench/lib/app-on-postgres.sh
cleanup() {
  app_cleanup
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${JAR:-}" ]; then
  ./mvnw -q -DskipTests test-compile
else
  package_app # compiles the test sources too
fi
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/soak.classpath >/dev/null

APP_JVM="-Xms$HEAP -Xmx$HEAP -XX:+UseG1GC"
# shellcheck disable=SC2086
start_app $APP_JVM -Xlog:gc:file="$WORK/gc.log":uptime ${JAVA_OPTS:-}
load_articles "$ARTICLES"

bench_log "building the search index"
API="curl -sf -u $BENCH_USER:$BENCH_PASSWORD"
$API -X POST "http://127.0.0.1:$APP_PORT/api/v1/search/rebuild" >/dev/null
sleep 1
until $API "http://127.0.0.1:$APP_PORT/api/v1/search/status" | grep -q '"rebuilding":false'; do sleep 2; done
$API "http://127.0.0.1:$APP_PORT/api/v1/search/status" >&2; echo >&2

# Most popular first: the newest.
$PG -d "$DB" -At -F $'\t' -c "SELECT id, slug FROM article WHERE status = 'PUBLISHED' ORDER BY published_at DESC" > "$WORK/articles.tsv"
AUTHOR=$($PG -d "$DB" -At -c "SELECT MIN(id) FROM author")
CATEGORY=$($PG -d "$DB" -At -c "SELECT MIN(id) FROM category")

STATUS=0
# The client closes idle connections (15 s) before Tomcat does (its keep-alive timeout is longer), so no
# request goes out on a connection the server is closing.
java -Xms256m -Xmx1g -Djdk.httpclient.keepalive.timeout=15 -cp "target/test-classes:target/classes:$(cat target/soak.classpath)" io.iton.bench.Soak \
  base="http://127.0.0.1:$APP_PORT" articles="$WORK/articles.tsv" pid="$APP_PID" out="$OUT" gclog="$WORK/gc.log" \
  user="$BENCH_USER" password="$BENCH_PASSWORD" author="$AUTHOR" category="$CATEGORY" \
  label="${JAR_LABEL:-$(git describe --always --dirty)}" heap="$APP_JVM" "$@" || STATUS=$?

# The app's own collections over the whole run (start-up, load, warm-up, peak and constant load).
python3 - "$WORK/gc.log" "$OUT" <<'PY'
import re, sys
pauses = [(m.group(1), float(m.group(2))) for m in
          (re.search(r"(Pause \w+(?: \([^)]*\))*).* ([\d.]+)ms$", line) for line in open(sys.argv[1])) if m]
by_kind = {}
for kind, ms in pauses:
    by_kind.setdefault(re.sub(r" \(G1[^)]*\)| \(System.gc\(\)\)", "", kind), []).append(ms)
lines = ["", "## The app's GC pauses", "",
         "From its GC log (`-Xlog:gc`), the whole run from start-up on (the forced full GCs are the `Pause Full` ones):", "",
         "| pause | count | total ms | max ms |", "|---|---|---|---|"]
lines += [f"| {k} | {len(v)} | {sum(v):.0f} | {max(v):.1f} |" for k, v in sorted(by_kind.items())]
open(sys.argv[2], "a").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
exit $STATUS

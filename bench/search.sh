#!/usr/bin/env bash
# The search benchmark (bench/README.md): bench/search.sh [articles] [key=value ...]
#   bench/search.sh                 100,000 articles on H2, report in bench/results/search-latest.md
#   bench/search.sh 20000           a quicker run
#   bench/search.sh 100000 db=postgres out=bench/results/search-100k-pg.md
# Extra JVM options: BENCH_JAVA_OPTS (default -Xms4g -Xmx4g).
set -euo pipefail
cd "$(dirname "$0")/.."

# A JDK 21 or newer, found as .ci/run finds it.
. .ci/java-home

args=()
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then
  args+=("articles=$1")
  shift
fi
args+=("$@")

echo "bench/search.sh: compiling (./mvnw -q -DskipTests test-compile)" >&2
./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null

exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xms4g -Xmx4g} \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.iton.search.SearchBenchmark "${args[@]}"

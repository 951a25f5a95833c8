#!/usr/bin/env bash
# The search benchmark (bench/README.md): bench/search.sh [articles] [key=value ...]
#   bench/search.sh                 100,000 articles on H2, report in bench/results/search-latest.md
#   bench/search.sh 20000           a quicker run
#   bench/search.sh 100000 db=postgres out=bench/results/search-100k-pg.md
# Extra JVM options: BENCH_JAVA_OPTS (default -Xms4g -Xmx4g).
set -euo pipefail
cd "$(dirname "$0")/.."

# A JDK 21 or newer, found as .ci/run finds it.
java_ok() { [ -n "${1:-}" ] && "$1/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; }
if ! java_ok "${JAVA_HOME:-}"; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-2[5-9]-jdk-* /usr/lib/jvm/temurin-2[1-4]-jdk-* 2>/dev/null | head -n 1 || true)
fi
if ! java_ok "${JAVA_HOME:-}"; then
  echo "bench/search.sh: no JDK 21+ found under /usr/lib/jvm; set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

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

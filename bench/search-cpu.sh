#!/usr/bin/env bash
# Search cost in CPU time on a kept benchmark database (io.iton.search.SearchCpuProbe):
#   bench/search.sh 20000 keep=true clients=1 like.max=2   # prints "kept: jdbc:h2:file:... and ..."
#   bench/search-cpu.sh 'jdbc:h2:file:/tmp/iton-bench-h2-.../iton;MODE=...' [warm-up rounds] [timed rounds]
# Extra JVM options: BENCH_JAVA_OPTS (default -Xms2g -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/java-home

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null

exec "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xms2g -Xmx2g} \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.iton.search.SearchCpuProbe "$@"

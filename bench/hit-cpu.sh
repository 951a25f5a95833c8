#!/usr/bin/env bash
# What a kept page costs the app, in CPU time per request, for several configurations side by side:
#   bench/hit-cpu.sh [rounds] label=app-arguments ...
#   bench/hit-cpu.sh 3 platform=--spring.threads.virtual.enabled=false virtual=--spring.threads.virtual.enabled=true
# Each round starts the packaged app (JAR=… for another build) once per configuration, in turn, on
# the embedded database with the demo content, warms the seed article page up with wrk, then runs
# wrk again (16 connections, DURATION, default 15s) and divides the app's CPU time (user + system,
# from /proc) by the requests answered. CPU time per request holds up on a busy machine far better
# than requests/s do; the medians over the rounds are printed at the end. Arguments with spaces:
# separate several app arguments with commas (label=--a=1,--b=2).
set -euo pipefail
cd "$(dirname "$0")/.."
. .ci/java-home
command -v wrk >/dev/null || { echo "hit-cpu.sh: needs wrk (apt-get install wrk)" >&2; exit 1; }

ROUNDS=1
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then ROUNDS=$1; shift; fi
[ $# -gt 0 ] || { sed -n 2,3p "$0" >&2; exit 1; }
DURATION=${DURATION:-15s}
PORT=${APP_PORT:-18092}
WORK=$(mktemp -d /tmp/iton-hit-cpu-XXXXXX)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

if [ -z "${JAR:-}" ]; then
  ./mvnw -q -DskipTests package
  JAR=$(ls target/iton-*.jar | grep -v plain | head -n 1)
fi

measure() { # label, app arguments separated by commas
  local args; IFS=, read -r -a args <<< "$2"
  rm -rf "$WORK/data"
  java -Xms1g -Xmx1g -jar "$JAR" --server.port="$PORT" --iton.data-dir="$WORK/data" --iton.demo.enabled=true \
    --iton.rate-limit.enabled=false --logging.level.root=WARN "${args[@]}" > "$WORK/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP && break
    kill -0 "$PID" 2>/dev/null || { tail -n 20 "$WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  local path; path=$(curl -s "http://127.0.0.1:$PORT/" | grep -o 'href="/article/[^"]*"' | sed -n '1s/href="\(.*\)"/\1/p')
  local url="http://127.0.0.1:$PORT$path"
  wrk -t2 -c16 -d"$DURATION" "$url" > /dev/null
  local before after out
  before=$(awk '{print $14 + $15}' "/proc/$PID/stat")
  out=$(wrk -t2 -c16 -d"$DURATION" --latency "$url")
  after=$(awk '{print $14 + $15}' "/proc/$PID/stat")
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  local requests rate p99
  requests=$(awk '/requests in/ {print $1}' <<< "$out")
  rate=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$out")
  local us; us=$(python3 -c "import sys; print(round(($after - $before) / $(getconf CLK_TCK) / $requests * 1e6, 1))")
  echo "$1	$us	$rate	$p99	$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$WORK/results.tsv"
}

echo "label	µs CPU/request	requests/s	p99	load"
for round in $(seq 1 "$ROUNDS"); do
  for config in "$@"; do
    measure "${config%%=*}" "${config#*=}"
  done
done
python3 - "$WORK/results.tsv" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    label, us, *_ = line.rstrip("\n").split("\t")
    rows.setdefault(label, []).append(float(us))
print("median µs CPU/request: " + ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in rows.items()))
PY

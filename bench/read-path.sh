#!/usr/bin/env bash
# The read-path benchmark (bench/README.md): bench/read-path.sh [articles]
# Starts the packaged app (or JAR=path/to/iton.jar, e.g. an older build for a before/after; JAVA_OPTS
# go to its JVM, e.g. a JFR recording) on a fresh PostgreSQL database, loads articles, runs wrk on the
# article page, home, a category, a tag and the RSS feed at 16 and 64 connections, each beside
# nginx serving a saved copy of the same response from disk in the same run. Then measures how
# long an edit takes to show on all of those pages and the feed. Report: bench/results/read-path.md
# A quicker look: PAGES="article" CONNECTIONS="16" ROUNDS=3 EDITS=0 bench/read-path.sh
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-10000}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
OUT=${OUT:-bench/results/read-path.md}
# Which pages and connection counts to measure, how many times each cell (app then nginx) runs
# (the report gives the medians), and how many edits to time (0: none).
SELECTED=${PAGES:-article home category tag feed}
CONNECTIONS=${CONNECTIONS:-16 64}
ROUNDS=${ROUNDS:-1}
EDITS=${EDITS:-5}
PG="psql -X -q -h 127.0.0.1 -U postgres"

. .ci/java-home
for tool in wrk nginx psql curl python3; do
  command -v "$tool" >/dev/null || { echo "read-path.sh: needs $tool (apt-get install wrk nginx-light postgresql-client curl)" >&2; exit 1; }
done

# The machine's load before this script does anything: what else runs beside the benchmark. (Its
# own warm-up keeps both cores busy, so the load just before the first cell is always above 2.)
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
WORK=$(mktemp -d /tmp/iton-read-path-XXXXXX)
. bench/lib/app-on-postgres.sh
cleanup() {
  app_cleanup
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
log() { bench_log "$@"; }

package_app
start_app -Xms1g -Xmx2g ${JAVA_OPTS:-}
load_articles "$ARTICLES"

SEED=$($PG -d "$DB" -At -c "SELECT id || '/' || slug FROM article WHERE title LIKE 'ישראל מחזקת את קשריה עם רוסיה%'")
ARTICLE_PATH=$(python3 -c "import sys,urllib.parse as u; i,s=sys.argv[1].split('/',1); print('/article/'+i+'/'+u.quote(s))" "$SEED")
declare -A URLS=(
  [article]="$ARTICLE_PATH"
  [home]="/"
  [category]="/category/politics"
  [tag]="/tag/%D7%99%D7%A9%D7%A8%D7%90%D7%9C"
  [feed]="/feed.xml"
)
read -r -a ORDER <<< "$SELECTED"
for name in "${ORDER[@]}"; do
  [ -n "${URLS[$name]:-}" ] || { echo "read-path.sh: unknown page $name (article home category tag feed)" >&2; exit 1; }
done

log "saving each page for nginx"
mkdir -p "$WORK/www"
for name in "${ORDER[@]}"; do
  ext=html; [ "$name" = feed ] && ext=xml
  curl -sf -o "$WORK/www/$name.$ext" "http://127.0.0.1:$APP_PORT${URLS[$name]}"
done
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { text/html html; application/rss+xml xml; }
  client_body_temp_path $WORK/nginx-tmp;
  proxy_temp_path $WORK/nginx-tmp;
  fastcgi_temp_path $WORK/nginx-tmp;
  uwsgi_temp_path $WORK/nginx-tmp;
  scgi_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri =404; }
  }
}
NGINX
mkdir -p "$WORK/nginx-tmp"
nginx -c "$WORK/nginx.conf" -p "$WORK"

cpu_ticks() { # pids -> user + system clock ticks they have used
  local total=0 pid
  for pid in "$@"; do
    set -- $(cut -d' ' -f14,15 "/proc/$pid/stat"); total=$((total + $1 + $2))
  done
  echo "$total"
}
run_wrk() { # url connections pids -> "rps p50ms p99ms errors cpu-us-per-request"
  local url=$1 connections=$2; shift 2
  local before; before=$(cpu_ticks "$@")
  local out; out=$(wrk -t2 -c"$connections" -d"$DURATION" --latency "$url" 2>/dev/null)
  echo "$out" | python3 -c '
import re,sys
t=sys.stdin.read()
ticks, hz = int(sys.argv[1]), int(sys.argv[2])
def ms(v):
    n,u=re.match(r"([\d.]+)(us|ms|s)",v).groups(); n=float(n)
    return n/1000 if u=="us" else n*1000 if u=="s" else n
rps=re.search(r"Requests/sec:\s+([\d.]+)",t).group(1)
p50=ms(re.search(r"\s50%\s+(\S+)",t).group(1)); p99=ms(re.search(r"\s99%\s+(\S+)",t).group(1))
errors=re.search(r"Non-2xx or 3xx responses: (\d+)",t)
requests=int(re.search(r"(\d+) requests in",t).group(1))
print(rps, round(p50,3), round(p99,3), errors.group(1) if errors else 0, round(ticks * 1e6 / hz / requests, 1))' "$(( $(cpu_ticks "$@") - before ))" "$(getconf CLK_TCK)"
}

# The JIT compiles the hit path during the warm-up, so the cells measure the steady state a
# server that has been up a while is in (nginx needs none).
log "warming up ($WARMUP a page)"
for name in "${ORDER[@]}"; do
  wrk -t2 -c16 -d"$WARMUP" "http://127.0.0.1:$APP_PORT${URLS[$name]}" >/dev/null 2>&1
done
NGINX_WORKERS=$(pgrep -P "$(cat "$WORK/nginx.pid")" | tr '\n' ' ')

LOAD_WARM=$(uptime | sed 's/.*load average: //')
RESULTS="$WORK/results.txt"
: > "$RESULTS"
for name in "${ORDER[@]}"; do
  ext=html; [ "$name" = feed ] && ext=xml
  for c in $CONNECTIONS; do
    for round in $(seq 1 "$ROUNDS"); do
      log "$name at $c connections, round $round of $ROUNDS"
      echo "$name $c app $(run_wrk "http://127.0.0.1:$APP_PORT${URLS[$name]}" "$c" "$APP_PID")" >> "$RESULTS"
      # shellcheck disable=SC2086 # one argument per worker
      echo "$name $c nginx $(run_wrk "http://127.0.0.1:$NGINX_PORT/$name.$ext" "$c" $NGINX_WORKERS)" >> "$RESULTS"
    done
  done
done

log "publish to visible"
ID=${SEED%%/*}
VERSION=$($PG -d "$DB" -At -c "SELECT version FROM article WHERE id = $ID")
AUTHOR=$($PG -d "$DB" -At -c "SELECT author_id FROM article WHERE id = $ID")
CATEGORY=$($PG -d "$DB" -At -c "SELECT category_id FROM article WHERE id = $ID")
# Every page the benchmark measures shows the seed article (the newest, in politics, tagged ישראל);
# each edit is timed until all of them show the new title.
DELAYS=$(python3 - "$APP_PORT" "$ID" "$VERSION" "$AUTHOR" "$CATEGORY" "$EDITS" "${URLS[article]}" "${URLS[home]}" "${URLS[category]}" "${URLS[tag]}" "${URLS[feed]}" <<'PY'
import base64, json, sys, time, urllib.request
port, id_, version, author, category, edits = sys.argv[1:7]
pages = dict(zip(("article", "home", "category", "tag", "feed"), sys.argv[7:]))
auth = "Basic " + base64.b64encode(b"bench@iton.test:bench-password-1").decode()
results = []
for round_ in range(int(edits)):
    title = f"כותרת מעודכנת {round_} {time.time_ns()}"
    body = json.dumps({"version": int(version) + round_, "title": title, "subtitle": "משנה", "body": "<p>גוף</p>",
                       "authorId": int(author), "categoryId": int(category), "tags": ["ישראל"]}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/articles/{id_}", data=body, method="PUT",
                                 headers={"Content-Type": "application/json", "Authorization": auth})
    urllib.request.urlopen(req).read()
    acknowledged = time.perf_counter()
    seen = {}
    while len(seen) < len(pages) and time.perf_counter() - acknowledged < 10:
        for name, p in pages.items():
            if name not in seen and title in urllib.request.urlopen(f"http://127.0.0.1:{port}{p}").read().decode():
                seen[name] = (time.perf_counter() - acknowledged) * 1000
    results.append(max(seen.values()) if len(seen) == len(pages) else float("inf"))
print(" ".join(f"{r:.1f}" for r in results))
PY
)

LOAD_AFTER=$(uptime | sed 's/.*load average: //')
python3 - "$RESULTS" "$OUT" "$ARTICLES" "$DURATION" "$DELAYS" "$(nproc)" "$(java -version 2>&1 | head -n 1)" "${JAR_LABEL:-$(git rev-parse --short HEAD)}" "$LOAD_BEFORE" "$LOAD_WARM" "$LOAD_AFTER" "$ROUNDS" "${JAVA_OPTS:-}" "$WARMUP" <<'PY'
import sys, datetime, statistics
results, out, articles, duration, delays, cpus, java, commit, load_before, load_warm, load_after, rounds, java_opts, warmup = sys.argv[1:]
runs = {}  # (page, connections) -> [(app, nginx)], each (rps, p50, p99, errors), in the order they ran
pending = {}
for line in open(results):
    name, c, server, rps, p50, p99, errors, cpu = line.split()
    cell = (name, int(c))
    measured = (float(rps), float(p50), float(p99), int(errors), float(cpu))
    if server == "app":
        pending[cell] = measured
    else:
        runs.setdefault(cell, []).append((pending.pop(cell), measured))
rounds = int(rounds)
med = statistics.median
delays = [float(d) for d in delays.split()]
lines = [f"# Read-path benchmark: {int(articles):,} articles", "",
         f"Generated by `bench/read-path.sh` on {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC, commit `{commit}`: "
         f"{cpus} CPUs, {java}, PostgreSQL, wrk 2 threads × {duration} per cell after a warm-up of {warmup} a page, app and nginx on the same machine, one after the other"
         + (f", each cell {rounds} times (app, nginx, app, nginx, …): every figure is the median of the {rounds} rounds,"
            " the ratio the median of the rounds' own ratios" if rounds > 1 else "") + ".", "",
         f"Load average (1, 5, 15 min) before the benchmark started: {load_before}; after its warm-up, before the first measured wrk run: {load_warm}; after the last: {load_after}. A 1-minute load above the CPU count before it started means other work shared the machine, and the targets are then not judged.", "",
         (f"App JVM options added: `{java_opts}`." if java_opts else "App JVM options added: none."), "",
         "Each app page is measured beside nginx serving a saved copy of the same response from disk, in the same run. "
         "CPU µs/req is the CPU time (user + system, from /proc) the server's process used during the cell, per request answered: "
         "the app's includes its JIT and garbage collector, nginx's is its worker processes'; wrk's own CPU is in neither. "
         "It depends far less than req/s on what else the machine is doing.", "",
         "| page | connections | app req/s | app p50 ms | app p99 ms | nginx req/s | nginx p50 ms | nginx p99 ms | app / nginx req/s | app CPU µs/req | nginx CPU µs/req | errors |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|"]
summary = {}
for cell, pairs in runs.items():
    a = [med(p[0][i] for p in pairs) for i in (0, 1, 2, 4)]
    n = [med(p[1][i] for p in pairs) for i in (0, 1, 2, 4)]
    ratio = med(p[0][0] / p[1][0] for p in pairs)
    errors = sum(p[0][3] for p in pairs)
    summary[cell] = (a, n, ratio, pairs)
    lines.append(f"| {cell[0]} | {cell[1]} | {a[0]:,.0f} | {a[1]:.2f} | {a[2]:.2f} | {n[0]:,.0f} | {n[1]:.2f} | {n[2]:.2f} | **{ratio:.0%}** | {a[3]:.1f} | {n[3]:.1f} | {errors} |")
if rounds > 1:
    lines += ["", "Each round (app req/s / nginx req/s = ratio, app p99):", ""]
    for cell, (_, _, _, pairs) in summary.items():
        each = "; ".join(f"{p[0][0]:,.0f} / {p[1][0]:,.0f} = {p[0][0] / p[1][0]:.0%}, {p[0][2]:.2f} ms" for p in pairs)
        lines.append(f"- {cell[0]} at {cell[1]}: {each}")
# With more runnable work than CPUs, the kernel shares them between the app's many threads, nginx's
# two workers, wrk and everyone else's work: req/s and latency then say little about the servers.
busy = float(load_before.split(",")[0]) > int(cpus)
def judged(met):
    return f"not judged: the machine was busy (load {load_before.split(',')[0]} on {cpus} CPUs)" if busy else "yes" if met else "**NO**"
lines += ["", "## Targets", "", "| target | measured | met? |", "|---|---|---|"]
if ("article", 16) in summary:
    a, n, ratio, _ = summary[("article", 16)]
    lines += [f"| article page ≥ 50% of nginx's req/s (16 connections) | {ratio:.0%} | {judged(ratio >= 0.5)} |",
              f"| article page p99 < 10 ms at 16 connections | {a[2]:.2f} ms | {judged(a[2] < 10)} |"]
if delays:
    lines.append(f"| an edit shows on the article page, home, its category and tag pages and the feed within 1 s | worst of {len(delays)}: {max(delays):.1f} ms "
                 f"(each: {', '.join(f'{d:.1f}' for d in delays)}) | {'yes' if max(delays) < 1000 else '**NO**'} |")
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
log "report written to $OUT"

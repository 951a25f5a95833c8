#!/usr/bin/env bash
# The read-path benchmark (bench/README.md): bench/read-path.sh [articles]
# Starts the packaged app (or JAR=path/to/iton.jar, e.g. an older build for a before/after; JAVA_OPTS
# go to its JVM, e.g. a JFR recording) on a fresh PostgreSQL database, loads articles, runs wrk on the
# article page, home, a category, a tag and the RSS feed at 16 and 64 connections, each beside
# nginx serving a saved copy of the same response from disk in the same run. Then measures how
# long an edit takes to show on the article page and the home page. Report: bench/results/read-path.md
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${1:-10000}
DURATION=${DURATION:-10s}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
OUT=${OUT:-bench/results/read-path.md}
PG="psql -X -q -h 127.0.0.1 -U postgres"

. .ci/java-home
for tool in wrk nginx psql curl python3; do
  command -v "$tool" >/dev/null || { echo "read-path.sh: needs $tool (apt-get install wrk nginx-light postgresql-client curl)" >&2; exit 1; }
done

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
declare -A PAGES=(
  [article]="$ARTICLE_PATH"
  [home]="/"
  [category]="/category/politics"
  [tag]="/tag/%D7%99%D7%A9%D7%A8%D7%90%D7%9C"
  [feed]="/feed.xml"
)
ORDER=(article home category tag feed)

log "saving each page for nginx"
mkdir -p "$WORK/www"
for name in "${ORDER[@]}"; do
  ext=html; [ "$name" = feed ] && ext=xml
  curl -sf -o "$WORK/www/$name.$ext" "http://127.0.0.1:$APP_PORT${PAGES[$name]}"
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

run_wrk() { # url connections -> "rps p50ms p99ms"
  wrk -t2 -c"$2" -d"$DURATION" --latency "$1" 2>/dev/null | python3 -c '
import re,sys
t=sys.stdin.read()
def ms(v):
    n,u=re.match(r"([\d.]+)(us|ms|s)",v).groups(); n=float(n)
    return n/1000 if u=="us" else n*1000 if u=="s" else n
rps=re.search(r"Requests/sec:\s+([\d.]+)",t).group(1)
p50=ms(re.search(r"\s50%\s+(\S+)",t).group(1)); p99=ms(re.search(r"\s99%\s+(\S+)",t).group(1))
errors=re.search(r"Non-2xx or 3xx responses: (\d+)",t)
print(rps, round(p50,3), round(p99,3), errors.group(1) if errors else 0)'
}

log "warming up"
for name in "${ORDER[@]}"; do
  wrk -t2 -c16 -d3s "http://127.0.0.1:$APP_PORT${PAGES[$name]}" >/dev/null 2>&1
done

LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
RESULTS="$WORK/results.txt"
: > "$RESULTS"
for name in "${ORDER[@]}"; do
  ext=html; [ "$name" = feed ] && ext=xml
  for c in 16 64; do
    log "$name at $c connections"
    echo "$name $c app $(run_wrk "http://127.0.0.1:$APP_PORT${PAGES[$name]}" "$c")" >> "$RESULTS"
    echo "$name $c nginx $(run_wrk "http://127.0.0.1:$NGINX_PORT/$name.$ext" "$c")" >> "$RESULTS"
  done
done

log "publish to visible"
ID=${SEED%%/*}
VERSION=$($PG -d "$DB" -At -c "SELECT version FROM article WHERE id = $ID")
AUTHOR=$($PG -d "$DB" -At -c "SELECT author_id FROM article WHERE id = $ID")
CATEGORY=$($PG -d "$DB" -At -c "SELECT category_id FROM article WHERE id = $ID")
DELAYS=$(python3 - "$APP_PORT" "$ID" "$VERSION" "$AUTHOR" "$CATEGORY" "$ARTICLE_PATH" <<'PY'
import base64, json, sys, time, urllib.request
port, id_, version, author, category, path = sys.argv[1:]
auth = "Basic " + base64.b64encode(b"bench@iton.test:bench-password-1").decode()
results = []
for round_ in range(5):
    title = f"כותרת מעודכנת {round_} {time.time_ns()}"
    body = json.dumps({"version": int(version) + round_, "title": title, "subtitle": "משנה", "body": "<p>גוף</p>",
                       "authorId": int(author), "categoryId": int(category), "tags": ["ישראל"]}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/articles/{id_}", data=body, method="PUT",
                                 headers={"Content-Type": "application/json", "Authorization": auth})
    urllib.request.urlopen(req).read()
    acknowledged = time.perf_counter()
    seen = {}
    while len(seen) < 2 and time.perf_counter() - acknowledged < 10:
        for name, p in (("article", path), ("home", "/")):
            if name not in seen and title in urllib.request.urlopen(f"http://127.0.0.1:{port}{p}").read().decode():
                seen[name] = (time.perf_counter() - acknowledged) * 1000
    results.append(max(seen.values()) if len(seen) == 2 else float("inf"))
print(" ".join(f"{r:.1f}" for r in results))
PY
)

LOAD_AFTER=$(uptime | sed 's/.*load average: //')
python3 - "$RESULTS" "$OUT" "$ARTICLES" "$DURATION" "$DELAYS" "$(nproc)" "$(java -version 2>&1 | head -n 1)" "${JAR_LABEL:-$(git rev-parse --short HEAD)}" "$LOAD_BEFORE" "$LOAD_AFTER" <<'PY'
import sys, datetime
results, out, articles, duration, delays, cpus, java, commit, load_before, load_after = sys.argv[1:]
rows = {}
for line in open(results):
    name, c, server, rps, p50, p99, errors = line.split()
    rows[(name, int(c), server)] = (float(rps), float(p50), float(p99), int(errors))
delays = [float(d) for d in delays.split()]
lines = [f"# Read-path benchmark: {int(articles):,} articles", "",
         f"Generated by `bench/read-path.sh` on {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC, commit `{commit}`: "
         f"{cpus} CPUs, {java}, PostgreSQL, wrk 2 threads × {duration} per cell, app and nginx on the same machine, one after the other.", "",
         f"Load average (1, 5, 15 min) before the first wrk run: {load_before}; after the last: {load_after}.", "",
         "Each app page is measured beside nginx serving a saved copy of the same response from disk, in the same run.", "",
         "| page | connections | app req/s | app p50 ms | app p99 ms | nginx req/s | nginx p50 ms | nginx p99 ms | app / nginx req/s | errors |",
         "|---|---|---|---|---|---|---|---|---|---|"]
for name in ["article", "home", "category", "tag", "feed"]:
    for c in (16, 64):
        a = rows[(name, c, "app")]; n = rows[(name, c, "nginx")]
        lines.append(f"| {name} | {c} | {a[0]:,.0f} | {a[1]:.2f} | {a[2]:.2f} | {n[0]:,.0f} | {n[1]:.2f} | {n[2]:.2f} | **{a[0]/n[0]:.0%}** | {a[3]} |")
a = rows[("article", 16, "app")]; n = rows[("article", 16, "nginx")]
lines += ["", "## Targets", "", "| target | measured | met? |", "|---|---|---|",
          f"| article page ≥ 50% of nginx's req/s (16 connections) | {a[0]/n[0]:.0%} | {'yes' if a[0]/n[0] >= 0.5 else '**NO**'} |",
          f"| article page p99 < 10 ms at 16 connections | {a[2]:.2f} ms | {'yes' if a[2] < 10 else '**NO**'} |",
          f"| an edit shows on the article page and home within 1 s | worst of 5: {max(delays):.1f} ms (each: {', '.join(f'{d:.1f}' for d in delays)}) | {'yes' if max(delays) < 1000 else '**NO**'} |"]
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
log "report written to $OUT"

# Sourced by bench/read-path.sh and bench/soak.sh: package the app, start it on a fresh PostgreSQL
# database (the server the tests use) with the demo content, load generated Hebrew articles by SQL,
# and clean up. The caller sets WORK (a temporary folder) and APP_PORT, and calls app_cleanup on exit.
# Sets JAR, DB and APP_PID.

PG="psql -X -q -h 127.0.0.1 -U postgres"
BENCH_USER=bench@iton.test
BENCH_PASSWORD=bench-password-1
DB="iton_bench_$(date +%s)_$$"
APP_PID=""

bench_log() { echo "[$(basename "$0" .sh) $(date +%H:%M:%S)] $*" >&2; }

package_app() { # keeps JAR when the caller set it (an older build for a before/after)
  if [ -z "${JAR:-}" ]; then
    bench_log "packaging (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
    JAR=$(ls target/iton-*.jar | grep -v plain | head -n 1)
  fi
}

start_app() { # JVM options in "$@"; returns once the app is ready (start-up work done)
  $PG -d test -c "CREATE DATABASE $DB" >/dev/null
  bench_log "starting the app on PostgreSQL database $DB, port $APP_PORT"
  java "$@" -jar "$JAR" --server.port="$APP_PORT" --iton.data-dir="$WORK/data" --iton.demo.enabled=true \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --iton.admin.email="$BENCH_USER" --iton.admin.password="$BENCH_PASSWORD" \
    --iton.site.base-url="http://127.0.0.1:$APP_PORT" --iton.rate-limit.enabled=false --logging.level.root=WARN > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  # Ready means start-up work (demo content, revision baselines) is done and will not compete with the load.
  for _ in $(seq 1 300); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; echo "the app stopped" >&2; exit 1; }
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" 2>/dev/null | grep -q UP && return 0
    sleep 1
  done
  echo "the app was not ready after 5 minutes" >&2; exit 1
}

# Articles with the text of a Hebrew news site: titles and bodies drawn from a set of sentences
# (prefixed forms, צה"ל written as the sanitizer stores it, a Latin acronym), 30 sentences a body
# from a window of 6 of the 16 that moves with the article's number, so that different search
# queries find different articles. All by the first author, in the 7 demo categories, tagged ישראל.
load_articles() { # count
  bench_log "loading $1 articles"
  $PG -d "$DB" -v ON_ERROR_STOP=1 <<SQL
CREATE TEMPORARY TABLE bench_sentence (n int, text text);
INSERT INTO bench_sentence VALUES
  (0, 'בעקבות המשבר המתרקם בין נשיא ארצות הברית לבין נשיא אוקראינה, ישראל מנסה לחדד את יחסיה עם רוסיה'),
  (1, 'דובר צה&#34;ל מסר כי הכוחות פועלים בגבול הצפון מאז שעות הבוקר'),
  (2, 'ועדת הכספים של הכנסת אישרה הלילה את תקציב המדינה לשנה הבאה'),
  (3, 'בנק ישראל הותיר את הריבית ללא שינוי, והאינפלציה ממשיכה לרדת'),
  (4, 'הקרמלין הודיע כי המגעים עם וושינגטון יימשכו בשבוע הבא'),
  (5, 'מזג האוויר: גשמים בצפון ובמרכז, ושרב בדרום ובערבה'),
  (6, 'נבחרת ישראל בכדורגל ניצחה אמש בתל אביב וממשיכה במוקדמות'),
  (7, 'חברת ההייטק הישראלית גייסה מאה מיליון דולר מקרנות הון סיכון'),
  (8, 'משרד הבריאות ממליץ להתחסן לפני החורף, במיוחד לבני הגיל השלישי'),
  (9, 'ארגון HTS השתלט על העיר, ובירושלים עוקבים אחר ההתפתחויות'),
  (10, 'מחירי הדיור בירושלים ובחיפה עלו ברבעון האחרון יותר מבשאר הארץ'),
  (11, 'שר הביטחון נפגש עם ראשי מערכת הביטחון לדיון על ההתחממות בגבול'),
  (12, 'תלמידי התיכון יחזרו ללימודים סדירים אחרי חופשת החגים'),
  (13, 'התיאטרון הלאומי הציג הערב בכורה של מחזה חדש על ירושלים של מעלה'),
  (14, 'נציגי NATO נפגשו בבריסל כדי לדון בסיוע לאוקראינה'),
  (15, 'רכבת ישראל הודיעה על שיבושים בקו החוף בגלל עבודות תשתית');
INSERT INTO article (slug, title, subtitle, body, author_id, category_id, status, published_at, created_at, sponsored, version)
SELECT 'bench-' || g,
       'כתבת עומס ' || g || ': ' || split_part((SELECT replace(text, '&#34;', '"') FROM bench_sentence WHERE n = g % 16), ',', 1),
       (SELECT replace(text, '&#34;', '"') FROM bench_sentence WHERE n = (g * 7 + 3) % 16),
       (SELECT string_agg('<p>' || s.text || '.</p>', '' ORDER BY i)
          FROM generate_series(1, 30) AS i JOIN bench_sentence s ON s.n = (g + abs(hashtext(g || ':' || i)) % 6) % 16),
       (SELECT MIN(id) FROM author),
       (SELECT id FROM category ORDER BY id OFFSET (g % 7) LIMIT 1),
       'PUBLISHED', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00' + g * INTERVAL '1 minute', now(), FALSE, 0
  FROM generate_series(1, $1) AS g;
INSERT INTO article_tag (article_id, tag_id, sort_order)
SELECT a.id, (SELECT id FROM tag WHERE name = 'ישראל'), 0 FROM article a WHERE a.slug LIKE 'bench-%';
ANALYZE;
SQL
}

app_cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  $PG -d test -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}

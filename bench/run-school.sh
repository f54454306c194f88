#!/usr/bin/env bash
# School-scale benchmark (issue 17): a SIECLE import of PUPILS pupils, then a campaign of PARTICIPATIONS shared
# participations (CSV export, participants, analysis).
#  1. import: a generated SIECLE "ElevesSansAdresse" file (bench/school/siecle.py, ISO-8859-15) for the demo
#     school's UAI (0751999J), uploaded through the API by its admin (enseignant@acquis.demo); wall time from the
#     upload to IMPORTED (and the part spent waiting for a node to pick the job), heap sampled every 100 ms from
#     /actuator/prometheus, GC log (-Xlog:gc) for the heap after each collection; then the same file again
#     (idempotent: 0 created, 0 updated, 0 disabled) and its time.
#  2. campaign: one campaign made through the API on the demo campaign's target profile, then PARTICIPATIONS
#     shared participations and their shared skills written by SQL straight into the node's embedded PostgreSQL
#     (bench data only: the product has no bulk path for this); then the CSV export (rows/s, heap during it), the
#     participants API, the analysis API and the campaign's page (p50/p99 over CALLS calls each).
# Only 127.0.0.1: app on 18082, embedded PostgreSQL on 15435, data in /tmp/bench-data-school.
# Usage: bench/run-school.sh   (PUPILS=10000 PARTICIPATIONS=100000 CALLS=20 BUILD=0 to reuse target/acquis-*.jar,
#        APP_HEAP=-Xmx512m to bound the heap, IMPORT_ONLY=1 to stop after the imports)
source "$(dirname "$0")/lib.sh"
PUPILS=${PUPILS:-10000}
PARTICIPATIONS=${PARTICIPATIONS:-100000}
CALLS=${CALLS:-20}
DB_PORT=15435
PORT=18082
BASE=http://127.0.0.1:$PORT
DATA=/tmp/bench-data-school
OUT=$RESULTS/school
UAI=0751999J
PSQL="psql -h 127.0.0.1 -p $DB_PORT -U postgres -X -q -t -A postgres"
cleanup() { [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null; stop_app school; }
trap cleanup EXIT

[ "${BUILD:-1}" = 1 ] && build || JAR=$(ls "$ROOT"/target/acquis-*.jar | grep -v plain | head -1)
rm -rf "$DATA" "$OUT"; mkdir -p "$OUT"
report() { echo "$*" | tee -a "$OUT/report.txt" >&2; }
report "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
APP_JAVA_OPTS="${APP_HEAP:-} -Xlog:gc:file=$OUT/gc.log:uptimemillis" \
  start_app school "$PORT" --spring.profiles.active=demo --spring.thymeleaf.cache=true --acquis.data-dir="$DATA" --acquis.database-port="$DB_PORT"
PID=$(cat "$RESULTS/school.pid")

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }
TOKEN=$(curl -sf "$BASE/api/token" -H 'Content-Type: application/json' \
  -d '{"username":"enseignant@acquis.demo","password":"Acquis2026"}' | json 'd["access_token"]')
AUTH="Authorization: Bearer $TOKEN"
ORG=$($PSQL -c "SELECT id FROM organization WHERE uai = '$UAI'")
now_ms() { date +%s%3N; }
heap_bytes() { curl -sf "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ {s += $NF} END {printf "%.0f", s}'; }
allocated() { curl -sf "$BASE/actuator/prometheus" | awk '/^jvm_gc_memory_allocated_bytes_total/ {printf "%.0f", $NF}'; }
full_gc() { "$JAVA_HOME/bin/jcmd" "$PID" GC.run >/dev/null; sleep 1; }
# heap used every 100 ms into FILE (ms used-bytes) until killed
sample_heap() { while :; do echo "$(now_ms) $(heap_bytes)"; sleep 0.1; done >"$1"; }
mb() { echo $(( $1 / 1048576 )); }
# CPU time (clock ticks, 100 a second) of the node's JVM, and of PostgreSQL (the postmaster, its exited children and
# its live backends): the cost of a step whatever the load of the machine
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local pm; pm=$(pg_postmaster); local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
  for c in $(pgrep -P "$pm"); do t=$((t + $(ticks "$c"))); done; echo "$t"
}
cpu_mark() { echo "$(ticks "$PID") $(pg_ticks)"; }
cpu_since() { # cpu_since "APP PG" -> "app X.XX s, PostgreSQL Y.YY s of CPU"
  local a0 p0; read -r a0 p0 <<<"$1"; local a1 p1; read -r a1 p1 <<<"$(cpu_mark)"
  python3 -c "print('CPU: application %.2f s, PostgreSQL %.2f s' % (($a1 - $a0) / 100, ($p1 - $p0) / 100))"
}
# GC lines of the window [FROM, TO] (JVM uptime ms): the heap after each collection, in MB
gc_after() { awk -v from="$1" -v to="$2" -F'[][]' '{t=$2+0} t>=from && t<=to && /->/ {match($0, /->[0-9]+M/); print substr($0, RSTART+2, RLENGTH-3)}' "$OUT/gc.log" | sort -n | tail -1; }
uptime_ms() { echo $(( $(now_ms) - $(date -d "$(ps -o lstart= -p "$PID")" +%s%3N) )); }

# ---- 1. the import
python3 "$ROOT/bench/school/siecle.py" "$PUPILS" "$UAI" "$OUT/siecle.xml"
report "file: $PUPILS pupils, $(($(stat -c %s "$OUT/siecle.xml") / 1024)) KB ($OUT/siecle.xml)"

import_once() { # import_once LABEL
  full_gc
  local base0; base0=$(heap_bytes); local alloc0; alloc0=$(allocated); local up0; up0=$(uptime_ms)
  sample_heap "$OUT/heap-$1.txt" & SAMPLER=$!
  local cpu0; cpu0=$(cpu_mark)
  local t0; t0=$(now_ms)
  # no "Expect: 100-continue" (curl sends it for large bodies, browsers do not)
  local id; id=$(curl -sf "$BASE/api/organizations/$ORG/learner-imports?format=SIECLE_XML" -H "$AUTH" -H 'Expect:' \
    -F "file=@$OUT/siecle.xml;type=application/xml" | json 'd["importId"]')
  local t1; t1=$(now_ms) running="" status=""
  while :; do
    status=$(curl -sf "$BASE/api/organizations/$ORG/learner-imports/$id" -H "$AUTH")
    case "$status" in
      *'"RUNNING"'*) [ -z "$running" ] && running=$(now_ms) ;;
      *'"IMPORTED"'*|*'"FAILED"'*) break ;;
    esac
    sleep 0.05
  done
  local t2; t2=$(now_ms)
  local cpu; cpu=$(cpu_since "$cpu0")
  sleep 0.3; kill "$SAMPLER"; SAMPLER=""
  local peak; peak=$(awk 'BEGIN {m=0} $2>m {m=$2} END {printf "%.0f", m}' "$OUT/heap-$1.txt")
  local alloc1; alloc1=$(allocated); local up1; up1=$(uptime_ms)
  full_gc; local after; after=$(heap_bytes)
  echo "$status" >"$OUT/import-$1.json"
  report "import $1: $(echo "$status" | json '"status=%s created=%s updated=%s disabled=%s errors=%d" % (d["status"], d["created"], d["updated"], d["disabled"], len(d["errors"]))')"
  report "import $1: upload ${t1:+$((t1 - t0))} ms; upload to done $((t2 - t0)) ms; waiting for a node to pick the job $(( ${running:-$t1} - t1 )) ms (RUNNING first seen; polling-interval ${POLL:-10s}); running to done $((t2 - ${running:-$t1})) ms; upload to done $cpu; load $(cut -d' ' -f1-3 /proc/loadavg)"
  report "import $1: heap used after a full GC before $(mb "$base0") MB; peak used during (sampled every 100 ms, garbage included) $(mb "$peak") MB, i.e. +$(mb $((peak - base0))) MB; allocated during $(mb $((alloc1 - alloc0))) MB; largest heap after a GC during the import $(gc_after "$up0" "$up1" || true) MB; after a full GC $(mb "$after") MB"
}
import_once first
import_once again
[ "${IMPORT_ONLY:-0}" = 1 ] && { report "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; }

# ---- 2. the campaign
PROFILE=$($PSQL -c "SELECT target_profile_id FROM campaign WHERE organization_id = '$ORG' AND target_profile_id IS NOT NULL LIMIT 1")
CAMPAIGN=$(curl -sf "$BASE/api/organizations/$ORG/campaigns" -H "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench $PARTICIPATIONS\",\"type\":\"ASSESSMENT\",\"targetProfileId\":\"$PROFILE\",\"externalIdLabel\":\"N° élève\"}" | json 'd["id"]')
SKILLS=$($PSQL -c "SELECT count(DISTINCT skill_id) FROM campaign_shared_skill")
log "campaign $CAMPAIGN: seeding $PARTICIPATIONS shared participations of $SKILLS skills each by SQL"
t0=$(now_ms)
$PSQL <<SQL
CREATE TEMP TABLE skills AS SELECT DISTINCT skill_id, tube, competence_code, level FROM campaign_shared_skill;
CREATE TEMP TABLE seeded AS
  SELECT gen_random_uuid() AS id, i FROM generate_series(1, $PARTICIPATIONS) i;
INSERT INTO campaign_participation (id, campaign_id, user_id, first_name, last_name, division, external_id, status,
  created_at, shared_at, validated_skills, target_skills, mastery_rate)
SELECT id, '$CAMPAIGN', gen_random_uuid(), 'Prénom ' || i, 'NOM' || lpad((i * 7919 % $PARTICIPATIONS)::text, 6, '0'),
  (6 + i % 4) || chr(65 + (i / 4) % 12), 'INE' || i, 'SHARED', now() - interval '3 days', now() - interval '2 days',
  0, 0, 0 FROM seeded;
INSERT INTO campaign_shared_skill (participation_id, skill_id, tube, competence_code, level, validated)
SELECT p.id, s.skill_id, s.tube, s.competence_code, s.level, random() < 0.7 - 0.1 * s.level FROM seeded p, skills s;
UPDATE campaign_participation p SET validated_skills = v, target_skills = t, mastery_rate = round(v::numeric / t, 4)
FROM (SELECT participation_id, count(*) FILTER (WHERE validated) v, count(*) t FROM campaign_shared_skill
  WHERE participation_id IN (SELECT id FROM seeded) GROUP BY 1) c WHERE c.participation_id = p.id;
ANALYZE campaign_participation; ANALYZE campaign_shared_skill;
SQL
report "seed: $PARTICIPATIONS participations x $SKILLS shared skills by SQL in $(( $(now_ms) - t0 )) ms"

# the CSV export: rows/s, heap sampled during it
full_gc; base0=$(heap_bytes)
sample_heap "$OUT/heap-export.txt" & SAMPLER=$!
cpu0=$(cpu_mark)
curl -sf "$BASE/api/campaigns/$CAMPAIGN/export.csv" -H "$AUTH" -o "$OUT/export.csv" \
  -w '%{time_starttransfer} %{time_total} %{size_download}\n' >"$OUT/export-timing.txt"
kill "$SAMPLER"; SAMPLER=""
report "export: $(cpu_since "$cpu0")"
read -r first total size <"$OUT/export-timing.txt"
rows=$(($(wc -l <"$OUT/export.csv") - 1))
[ "$rows" -lt "$PARTICIPATIONS" ] && report "export: CUT after $rows of $PARTICIPATIONS rows (see the node's log: AsyncRequestTimeoutException?)"
peak=$(awk 'BEGIN {m=0} $2>m {m=$2} END {printf "%.0f", m}' "$OUT/heap-export.txt")
report "export: $rows rows, $((size / 1024)) KB in $total s (first byte after $first s): $(python3 -c "print(round($rows / $total))") rows/s; heap used after a full GC before $(mb "$base0") MB, peak during $(mb "$peak") MB (+$(mb $((peak - base0))) MB, garbage included); load $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{print $2}' "$OUT/heap-export.txt" | python3 -c "
import sys; v=[int(x)//1048576 for x in sys.stdin if x.strip()]
n=len(v); q=[v[i*n//5] for i in range(5)] if n>=5 else v
print('export: heap used by fifths of the export (MB):', q, 'samples', n)" | tee -a "$OUT/report.txt" >&2

# p50 / p99 of CALLS calls of a URL (with the given curl options)
timed() { # timed LABEL URL CURL-OPTIONS...
  local label=$1 url=$2; shift 2
  for _ in $(seq "$CALLS"); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@" "$url"; done >"$OUT/$label.txt"
  report "$label: $(python3 -c "
import sys
rows=[l.split() for l in open('$OUT/$label.txt')]
t=sorted(float(r[1])*1000 for r in rows); n=len(t)
codes=sorted(set(r[0] for r in rows))
print('%d calls, statuses %s, p50 %d ms, p99 %d ms, max %d ms' % (n, ','.join(codes), t[n//2], t[min(n-1, int(n*0.99))], t[-1]))"); load $(cut -d' ' -f1-3 /proc/loadavg)"
}
timed participants-api "$BASE/api/campaigns/$CAMPAIGN/participants?page=0&size=50" -H "$AUTH"
timed participants-api-last-page "$BASE/api/campaigns/$CAMPAIGN/participants?page=$((PARTICIPATIONS / 50 - 1))&size=50" -H "$AUTH"
timed participants-api-class "$BASE/api/campaigns/$CAMPAIGN/participants?division=6A&page=0&size=50" -H "$AUTH"
timed analysis-api "$BASE/api/campaigns/$CAMPAIGN/analysis" -H "$AUTH"
timed analysis-api-class "$BASE/api/campaigns/$CAMPAIGN/analysis?division=6A" -H "$AUTH"

# the teacher's pages: a browser session (login form with its CSRF token, the space's terms accepted once)
JAR_COOKIES=$OUT/cookies.txt
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/connexion" | csrf)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/connexion" \
  --data-urlencode "login=enseignant@acquis.demo" --data-urlencode "password=Acquis2026" --data-urlencode "_csrf=$token"
page=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/orga/$ORG/campagnes/$CAMPAIGN")
if [[ "$page" == 302*conditions* ]]; then
  token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/orga/conditions" | csrf)
  curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/orga/conditions" --data-urlencode "_csrf=$token" \
    --data-urlencode "accepted=true" --data-urlencode "accept=true"
fi
timed campaign-page "$BASE/orga/$ORG/campagnes/$CAMPAIGN" -b "$JAR_COOKIES"
timed campaign-page-participants-part "$BASE/orga/$ORG/campagnes/$CAMPAIGN/participants" -b "$JAR_COOKIES"
report "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

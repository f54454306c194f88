#!/usr/bin/env bash
# Fault checks (docs/reliability.md). Exit status 0 when every check passes.
#  A. SIGKILL of the application while learners answer, restart on the same data: every acknowledged answer is
#     stored, no assessment is corrupt, every learner resumes.
#  B. Every answer is posted twice with the same Idempotency-Key (during A, and again after the restart): counted once.
#  D. Graceful stop (SIGTERM) while learners answer, restart: no 5xx, every acknowledged answer stored, the embedded
#     database stopped only after the requests in flight and the beans that use it.
#  C. PostgreSQL stopped for 25 s while learners answer: 503 + Retry-After, never a 500, and the application
#     recovers by itself once the database is back (an external PostgreSQL: Debian's, run as user postgres).
#  E. Slow connections: SLOW_CONNECTIONS (2,000) connections from one address trickle header bytes every 2 s (under
#     the 5 s connection timeout) for 40 s while another user measures GET /actuator/health and GET /api/me: p99 < 1 s;
#     once they go silent, the server closes them (connection timeout).
#  F. Large bodies: LARGE_PARALLEL (16) clients post 90 MB bodies (half chunked) for 30 s: all refused 413 within 1 s
#     (p99), while the other user keeps p99 < 1 s.
# Only 127.0.0.1: app on 18080, embedded PostgreSQL on 15433 (A, B), external on 15434 (C); data under /tmp.
# Usage: bench/run-faults.sh   (BUILD=0 to reuse target/acquis-*.jar, LEARNERS=40, CHECKS="A B C D E F" or a subset,
#        e.g. CHECKS="E F"; B runs with A)
source "$(dirname "$0")/lib.sh"
DB_PORT=15433
DATA=/tmp/bench-data-faults
OUT=$RESULTS/faults
BASE=http://127.0.0.1:18080
LEARNERS=${LEARNERS:-40}
CLIENT="$JAVA_HOME/bin/java $ROOT/bench/faults/FaultClient.java"
PSQL="psql -h 127.0.0.1 -p $DB_PORT -U postgres -X -q -t -A postgres"
CHECKS=${CHECKS:-A B C D E F}
want() { [[ " $CHECKS " == *" $1 "* ]]; }
failures=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then log "PASS $1 ($3)"; echo "PASS $1: $3" >>"$OUT/report.txt"
  else log "FAIL $1: expected $2, got $3"; echo "FAIL $1: expected $2, got $3" >>"$OUT/report.txt"; failures=$((failures + 1)); fi
}
cleanup() {
  stop_app faults
  [ -n "${PGDATA:-}" ] && runuser -u postgres -- "$PG15/pg_ctl" -D "$PGDATA" stop -m fast >/dev/null 2>&1 || true
}
trap cleanup EXIT

[ "${BUILD:-1}" = 1 ] && build || JAR=$(ls "$ROOT"/target/acquis-*.jar | head -1)
rm -rf "$DATA" "$OUT"; mkdir -p "$OUT/kill" "$OUT/dbrestart"
start_app faults 18080 --acquis.data-dir="$DATA" --acquis.database-port="$DB_PORT"

corrupt_counts() {
  $PSQL -c "SELECT count(*) FROM evaluation_assessment a WHERE a.answers <> (SELECT count(*) FROM evaluation_answer e WHERE e.assessment_id = a.id)"
}

if want A || want B; then
# ---- A + B: SIGKILL during answers
log "A: $LEARNERS learners answer for 75 s; SIGKILL of the application after 15 s"
$CLIENT load "$BASE" "$LEARNERS" 75 "$OUT/kill" >"$OUT/kill/client.log" 2>&1 &
client=$!
sleep 15
acked_before=$(wc -l <"$OUT/kill/acked.txt")
kill -9 "$(cat "$RESULTS/faults.pid")"
log "A: killed with $acked_before answers acknowledged; restarting on the same data"
sleep 2
start_app faults 18080 --acquis.data-dir="$DATA" --acquis.database-port="$DB_PORT"
wait "$client" || true
log "A: $(wc -l <"$OUT/kill/acked.txt") answers acknowledged in all"

awk '{print $1 "," $2 "," $3}' "$OUT/kill/acked.txt" >"$OUT/kill/acked.csv"
$PSQL -c "CREATE TEMP TABLE acked (assessment_id uuid, answer_id uuid, idempotency_key text)" \
  -c "\\copy acked FROM '$OUT/kill/acked.csv' CSV" \
  -c "SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM evaluation_answer e WHERE e.id = a.answer_id AND e.assessment_id = a.assessment_id AND e.idempotency_key = a.idempotency_key)" \
  >"$OUT/kill/missing.txt"
check "A every acknowledged answer is stored (missing)" 0 "$(tail -1 "$OUT/kill/missing.txt")"
check "A acknowledged answers before the kill" yes "$([ "$acked_before" -gt 0 ] && echo yes || echo no)"
check "A assessments whose answer count differs from their answers" 0 "$(corrupt_counts)"
check "A assessments whose current challenge is already answered" 0 "$($PSQL -c "SELECT count(*) FROM evaluation_assessment a WHERE a.current_challenge_id IS NOT NULL AND EXISTS (SELECT 1 FROM evaluation_answer e WHERE e.assessment_id = a.id AND e.challenge_id = a.current_challenge_id)")"
check "A started assessments of the same competence twice" 0 "$($PSQL -c "SELECT count(*) FROM (SELECT user_id, competence_code FROM evaluation_assessment WHERE state = 'STARTED' GROUP BY 1, 2 HAVING count(*) > 1) d")"
check "A knowledge elements without their answer" 0 "$($PSQL -c "SELECT count(*) FROM evaluation_knowledge_element k WHERE k.answer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM evaluation_answer e WHERE e.id = k.answer_id)")"
$CLIENT resume "$BASE" "$OUT/kill" >"$OUT/kill/resume.txt" 2>&1
check "A learners who cannot resume" 0 "$(grep -o 'failed=[0-9]*' "$OUT/kill/resume.txt" | cut -d= -f2)"
check "B replays (same key during the load) answered another id" 0 "$(wc -l <"$OUT/kill/idempotency-violations.txt")"
rows_before=$($PSQL -c "SELECT count(*) FROM evaluation_answer")
$CLIENT replay "$BASE" "$OUT/kill" >"$OUT/kill/replay.txt" 2>&1
check "B replays after the restart answered another id" 0 "$(grep -o 'different=[0-9]*' "$OUT/kill/replay.txt" | cut -d= -f2)"
check "B answers added by the replays" 0 "$(( $($PSQL -c "SELECT count(*) FROM evaluation_answer") - rows_before ))"
check "B answer counts still consistent" 0 "$(corrupt_counts)"
check "B duplicate idempotency keys" 0 "$($PSQL -c "SELECT count(*) FROM (SELECT assessment_id, idempotency_key FROM evaluation_answer WHERE idempotency_key IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d")"
fi

if want D; then
# ---- D: graceful stop (SIGTERM) during answers, as a service manager or a rolling upgrade does it
mkdir -p "$OUT/term"
log "D: $LEARNERS learners answer for 45 s; SIGTERM of the application after 15 s, restart on the same data"
$CLIENT load "$BASE" "$LEARNERS" 45 "$OUT/term" >"$OUT/term/client.log" 2>&1 &
client=$!
sleep 15
log_before=$(wc -l <"$RESULTS/faults.log")
stop_app faults
tail -n +"$((log_before + 1))" "$RESULTS/faults.log" >"$OUT/term/shutdown.log"
start_app faults 18080 --acquis.data-dir="$DATA" --acquis.database-port="$DB_PORT"
wait "$client" || true
log "D: $(wc -l <"$OUT/term/acked.txt") answers acknowledged in all"
check "D 5xx responses around a graceful stop" 0 "$(awk '$2 ~ /^5/ {s+=$3} END {print s+0}' "$OUT/term/statuses.txt")"
check "D errors in the log while stopping" 0 "$(grep -c ' ERROR \|destroy method failed' "$OUT/term/shutdown.log" || true)"
awk '{print $1 "," $2 "," $3}' "$OUT/term/acked.txt" >"$OUT/term/acked.csv"
check "D acknowledged answers all stored" 0 "$($PSQL -c "CREATE TEMP TABLE acked (assessment_id uuid, answer_id uuid, idempotency_key text)" -c "\\copy acked FROM '$OUT/term/acked.csv' CSV" -c "SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM evaluation_answer e WHERE e.id = a.answer_id)" | tail -1)"
check "D answer counts consistent" 0 "$(corrupt_counts)"
fi

EDGE="$JAVA_HOME/bin/java $ROOT/bench/faults/EdgeClient.java"
# field VALUE-OF KEY in the RESULT line matching PATTERN of FILE
field() { grep "^RESULT $2" "$1" | grep -o " $3=[^ ]*" | head -1 | cut -d= -f2; }
under() { [ -n "$1" ] && [ "$1" -lt "$2" ] && echo yes || echo "no ($1)"; }

if want E; then
# ---- E: slow connections (slowloris) from one address; the server's file descriptors must hold them
mkdir -p "$OUT/slow"
SLOW_CONNECTIONS=${SLOW_CONNECTIONS:-2000}
fds=$(ulimit -n)
if [ "$fds" != unlimited ] && [ "$((SLOW_CONNECTIONS + 500))" -gt "$fds" ]; then
  SLOW_CONNECTIONS=$((fds - 500)); log "E: ulimit -n is $fds: $SLOW_CONNECTIONS slow connections"
fi
log "E: $SLOW_CONNECTIONS slow connections trickle a header line every 2 s for 40 s; another user measures"
$EDGE slow "$BASE" "$SLOW_CONNECTIONS" 40 2000 >"$OUT/slow/client.txt" 2>&1 || true
cat "$OUT/slow/client.txt" >&2
e=$OUT/slow/client.txt
check "E slow connections opened" "$SLOW_CONNECTIONS" "$(field "$e" phase=open connections)"
check "E health p99 under 1 s" yes "$(under "$(field "$e" 'phase=slow other=health' p99_ms)" 1000)"
check "E /api/me p99 under 1 s" yes "$(under "$(field "$e" 'phase=slow other=me' p99_ms)" 1000)"
check "E failed requests of the other user" 0 "$(( $(field "$e" 'phase=slow other=health' failed) + $(field "$e" 'phase=slow other=me' failed) ))"
check "E silent connections closed by the server within 8 s" "$SLOW_CONNECTIONS" "$(field "$e" phase=after closed_after_8s_silence)"
fi

if want F; then
# ---- F: large bodies, refused before being read
mkdir -p "$OUT/large"
LARGE_PARALLEL=${LARGE_PARALLEL:-16}
log "F: $LARGE_PARALLEL clients post 90 MB bodies for 30 s; another user measures"
$EDGE large "$BASE" "$LARGE_PARALLEL" 90 30 >"$OUT/large/client.txt" 2>&1 || true
cat "$OUT/large/client.txt" >&2
f=$OUT/large/client.txt
check "F large bodies answered other than 413" 0 "$(grep '^RESULT phase=bodies' "$f" | grep -o 'statuses={[^}]*}' | tr -d '{}' | sed 's/statuses=//' | tr ',' '\n' | awk -F= '$1+0 != 413 && $1 != "" {s+=$2} END {print s+0}')"
check "F 413 answered in under 1 s (p99)" yes "$(under "$(field "$f" phase=bodies p99_ms)" 1000)"
check "F health p99 under 1 s" yes "$(under "$(field "$f" 'phase=large other=health' p99_ms)" 1000)"
check "F /api/me p99 under 1 s" yes "$(under "$(field "$f" 'phase=large other=me' p99_ms)" 1000)"
check "F failed requests of the other user" 0 "$(( $(field "$f" 'phase=large other=health' failed) + $(field "$f" 'phase=large other=me' failed) ))"
fi

if want C; then

# ---- C: database restart during answers, on an external PostgreSQL (Debian's 15, run as user postgres: the
# embedded binaries are started by the application and PostgreSQL refuses to start as root)
stop_app faults
PG15=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
PGDATA=/tmp/bench-pg-faults
EXT_PORT=15434
rm -rf "$PGDATA"; install -d -o postgres -m 700 "$PGDATA"
runuser -u postgres -- "$PG15/initdb" -D "$PGDATA" -U postgres --auth=trust >"$OUT/dbrestart/initdb.log" 2>&1
pgctl() {
  runuser -u postgres -- "$PG15/pg_ctl" -D "$PGDATA" -w -l "$PGDATA/server.log" \
    -o "-p $EXT_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=/tmp -c max_connections=120" "$@" >/dev/null
}
pgctl start
start_app faults 18080 --acquis.data-dir="$DATA-ext" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:$EXT_PORT/postgres" --spring.datasource.username=postgres
PSQL="psql -h 127.0.0.1 -p $EXT_PORT -U postgres -X -q -t -A postgres"
log "C: $LEARNERS learners answer for 60 s; PostgreSQL stopped (fast) at 15 s, started again at 40 s"
$CLIENT load "$BASE" "$LEARNERS" 60 "$OUT/dbrestart" >"$OUT/dbrestart/client.log" 2>&1 &
client=$!
sleep 15
pgctl stop -m fast
log "C: PostgreSQL stopped"
sleep 25
pgctl start
log "C: PostgreSQL started again"
wait "$client" || true
st="$OUT/dbrestart/statuses.txt"
check "C 500 responses" 0 "$(awk '$2 ~ /^5/ && $2 !~ /^503/ {s+=$3} END {print s+0}' "$st")"
check "C 503 without Retry-After" 0 "$(awk '$2 == "503" {s+=$3} END {print s+0}' "$st")"
check "C 503 with Retry-After while the database was down" yes "$(awk '$2 == "503+Retry-After" {s+=$3} END {print (s > 0) ? "yes" : "no"}' "$st")"
last_error=$(awk '$2 !~ /^2/ {s=$1} END {print s+0}' "$st")
last_ok=$(awk '$2 ~ /^2/ {s=$1} END {print s+0}' "$st")
check "C answers succeed again after the restart, without restarting the application" yes "$([ "$last_ok" -gt "$last_error" ] && echo yes || echo no)"
log "C: statuses by second in $st; last error at second $((10#$last_error)), answers succeed until second $((10#$last_ok))"
awk '{print $1 "," $2 "," $3}' "$OUT/dbrestart/acked.txt" >"$OUT/dbrestart/acked.csv"
check "C acknowledged answers all stored" 0 "$($PSQL -c "CREATE TEMP TABLE acked (assessment_id uuid, answer_id uuid, idempotency_key text)" -c "\\copy acked FROM '$OUT/dbrestart/acked.csv' CSV" -c "SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM evaluation_answer e WHERE e.id = a.answer_id)" | tail -1)"
check "C assessments consistent" 0 "$(corrupt_counts)"
check "C idempotent replays during the outage answered another id" 0 "$(wc -l <"$OUT/dbrestart/idempotency-violations.txt")"

stop_app faults
pgctl stop -m fast || true
fi
stop_app faults
log "report: $OUT/report.txt"; cat "$OUT/report.txt"
[ "$failures" = 0 ] && log "all fault checks passed" || { log "$failures fault check(s) failed"; exit 1; }

#!/usr/bin/env bash
# Load benchmark (docs/benchmarks.md): the learner loop at 50/200/500/1000 concurrent learners on one node with
# its embedded PostgreSQL, the database ceiling (pgbench, same server, same run), then two nodes on one database.
# Usage: bench/run-load.sh            (LEVELS="50 200" PACED="" DURATION=30 TWO_NODES=0 CEILING=0 to shorten)
# Only 127.0.0.1: app on 18080 (and 18081), PostgreSQL on 15432, data in /tmp/bench-data.
source "$(dirname "$0")/lib.sh"
LEVELS=${LEVELS:-"50 200 500 1000"}
PACED=${PACED-"1000:5000 250:1000"}   # learners:think-ms; PACED="" to skip
DURATION=${DURATION:-60}
SPARE=${SPARE:-400}
DATA=${DATA:-/tmp/bench-data}
BASE1=http://127.0.0.1:18080
BASE2=http://127.0.0.1:18081

cleanup() { stop_app node2; stop_app node1; }
trap cleanup EXIT

rm -f "$RESULTS"/*.json "$RESULTS"/ceiling-*.txt
build
rm -rf "$DATA"
start_app node1 18080 --acquis.data-dir="$DATA" --acquis.database-port="$DB_PORT"
APP_PIDS=$(cat "$RESULTS/node1.pid")

# warm-up (JIT, pools): not reported. The JIT compiles for about 75 s of load (jstat -compiler): a shorter
# warm-up measures the first level partly on interpreted code
run_level warmup 200 "${WARMUP:-90}" "$BASE1" -DspareLearners=400
mv "$RESULTS/warmup.json" "$RESULTS/warmup.json.txt" 2>/dev/null || true

for users in $LEVELS; do
  run_level "users-$users" "$users" "$DURATION" "$BASE1" -DspareLearners="$SPARE"
done

# paced learners (learners:think ms): each reads and thinks before the next question, as pupils in a room do
for paced in $PACED; do
  run_level "paced-${paced%%:*}" "${paced%%:*}" "$DURATION" "$BASE1" -DthinkMillis="${paced##*:}" -DspareLearners=100
done

if [ "${CEILING:-1}" = 1 ]; then
  log "database ceiling: pgbench on the same PostgreSQL (port $DB_PORT)"
  PGBENCH=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
  psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -qc "DROP DATABASE IF EXISTS ceiling" -c "CREATE DATABASE ceiling" postgres
  psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -q -f "$ROOT/bench/ceiling/setup.sql" ceiling
  for clients in 20 64; do
    "$PGBENCH" -h 127.0.0.1 -p "$DB_PORT" -U postgres -n -M prepared -c "$clients" -j 2 -T "${CEILING_SECONDS:-30}" \
      -f "$ROOT/bench/ceiling/answer.sql" ceiling >"$RESULTS/ceiling-c$clients.txt" 2>&1
    grep -h "tps" "$RESULTS/ceiling-c$clients.txt" >&2
  done
fi

if [ "${TWO_NODES:-1}" = 1 ]; then
  start_app node2 18081 --acquis.data-dir="$DATA-node2" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" --spring.datasource.username=postgres
  APP_PIDS="$(cat "$RESULTS/node1.pid") $(cat "$RESULTS/node2.pid")"
  run_level two-nodes-warmup 100 20 "$BASE1,$BASE2" -DspareLearners=100
  mv "$RESULTS/two-nodes-warmup.json" "$RESULTS/two-nodes-warmup.json.txt" 2>/dev/null || true
  run_level "two-nodes-200" 200 "$DURATION" "$BASE1,$BASE2" -DspareLearners="$SPARE"
fi

{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -r), load average before stop: $(cut -d' ' -f1-3 /proc/loadavg)"
  python3 "$ROOT/bench/summary.py" "$RESULTS"
} | tee "$RESULTS/summary.md"

# Shared helpers of the bench scripts (sourced). Only 127.0.0.1; ports 18080/18081, database 15432.
set -euo pipefail
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RESULTS=${RESULTS:-$ROOT/bench/results}
DB_PORT=${DB_PORT:-15432}
mkdir -p "$RESULTS"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

build() {
  log "building the jar and the simulations"
  (cd "$ROOT" && ./mvnw -q -o -DskipTests package 2>&1 | grep -v '^WARNING' || true)
  (cd "$ROOT" && ./mvnw -q -o -Pbench test-compile 2>&1 | grep -v '^WARNING' || true)
  JAR=$(ls "$ROOT"/target/acquis-*.jar | grep -v plain | head -1)
}

# start_app NAME PORT ARGS... : starts a node, waits for /actuator/health, writes $RESULTS/NAME.pid
start_app() {
  echo "==== start $(date -Is) $*" >>"$RESULTS/$1.log"
  local name=$1 port=$2; shift 2
  "$JAVA_HOME/bin/java" ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$port" ${APP_ARGS:-} \
    --acquis.identity.login-attempts-per-minute=1000000 --acquis.identity.signups-per-minute=1000000 \
    --acquis.identity.signups-per-node-per-minute=1000000 "$@" >>"$RESULTS/$name.log" 2>&1 &
  echo $! >"$RESULTS/$name.pid"
  for _ in $(seq 180); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && { log "$name up on $port (pid $(cat "$RESULTS/$name.pid"))"; return 0; }
    kill -0 "$(cat "$RESULTS/$name.pid")" 2>/dev/null || { log "$name died, see $RESULTS/$name.log"; return 1; }
    sleep 1
  done
  log "$name did not become healthy"; return 1
}

stop_app() {
  local name=$1
  [ -f "$RESULTS/$name.pid" ] || return 0
  local pid; pid=$(cat "$RESULTS/$name.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f "$RESULTS/$name.pid"
}

# the postmaster serving DB_PORT (embedded or not)
pg_postmaster() {
  for p in $(pgrep -x postgres); do
    if tr '\0' ' ' <"/proc/$p/cmdline" | grep -q -- "-p $DB_PORT"; then echo "$p"; return; fi
  done
  # zonky passes the port in postgresql.conf options: fall back to the process listening on it
  ss -ltnpH "sport = :$DB_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2
}

# run_level LABEL USERS DURATION BASEURLS [extra -D...]: one Gatling run; the simulation itself samples the CPU
# of APP_PIDS, of PostgreSQL and of itself, and the RSS of APP_PIDS, over the steady window
run_level() {
  local label=$1 users=$2 duration=$3 bases=$4; shift 4
  log "level $label: $users learners, ${duration}s steady, $bases"
  (cd "$ROOT" && ./mvnw -q -o -Pbench gatling:test \
    -Dgatling.simulationClass=acquis.bench.LearnerLoopSimulation -Dusers="$users" -DdurationSeconds="$duration" \
    -DrampSeconds="${RAMP:-10}" -DbaseUrls="$bases" -Dlabel="$label" -DsummaryFile="$RESULTS/$label.json" \
    -DserverPids="${APP_PIDS// /,}" -DdbPid="$(pg_postmaster)" "$@" \
    >"$RESULTS/$label.gatling.log" 2>&1) || log "gatling reported failures (see $RESULTS/$label.gatling.log)"
  grep -h BENCH-SUMMARY "$RESULTS/$label.gatling.log" | cut -c1-400 >&2 || true
}

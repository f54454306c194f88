#!/usr/bin/env bash
# Certification benchmark (issue 18): SESSIONS sessions of PER_SESSION candidates answering at a pupil's pace, one
# invigilator per session reading the live list every 5 s (bench/certification/CertificationClient.java).
#  set-up: the node runs the demo profile (its centre, centre@acquis.demo as ADMIN); the script writes by SQL, into
#  the node's embedded PostgreSQL, the SESSIONS x PER_SESSION learner accounts (bench-cand-I@bench.test, a bcrypt
#  hash of cost 4: logins are not what is measured) and their knowledge: every active skill of levels 1 and 2 of
#  the 16 core competences validated (bench/certification/skills.py), so each is eligible and the v2 draw gives
#  about 48 questions, as a real test. The sessions and candidates are made through the API by the centre's admin.
#  load: candidates arrive over RAMP seconds (log in, join, wait for the invigilator, start with the access code),
#  then answer every THINK_MIN..THINK_MAX seconds; the figures of the STEADY window follow.
# Only 127.0.0.1: app on 18083, embedded PostgreSQL on 15436, data in /tmp/bench-data-certification.
# Usage: bench/run-certification.sh   (SESSIONS=100 PER_SESSION=30 RAMP=120 STEADY=300 THINK_MIN=20 THINK_MAX=40
#        BUILD=0 to reuse target/acquis-*.jar)
source "$(dirname "$0")/lib.sh"
SESSIONS=${SESSIONS:-100}
PER_SESSION=${PER_SESSION:-30}
RAMP=${RAMP:-120}
STEADY=${STEADY:-300}
THINK_MIN=${THINK_MIN:-20}
THINK_MAX=${THINK_MAX:-40}
DB_PORT=15436
PORT=18083
BASE=http://127.0.0.1:$PORT
DATA=/tmp/bench-data-certification
OUT=$RESULTS/certification
PSQL="psql -h 127.0.0.1 -p $DB_PORT -U postgres -X -q -t -A postgres"
cleanup() { stop_app certification; }
trap cleanup EXIT

[ "${BUILD:-1}" = 1 ] && build || JAR=$(ls "$ROOT"/target/acquis-*.jar | grep -v plain | head -1)
rm -rf "$DATA" "$OUT"; mkdir -p "$OUT"
CLIENT="$ROOT/bench/certification/CertificationClient.java"
unzip -p "$JAR" "$(unzip -l "$JAR" | grep -o 'BOOT-INF/lib/spring-security-crypto-[^ ]*\.jar')" >"$OUT/crypto.jar"
HASH=$("$JAVA_HOME/bin/java" -cp "$OUT/crypto.jar" "$CLIENT" hash)
python3 "$ROOT/bench/certification/skills.py" >"$OUT/skills.csv"

start_app certification "$PORT" --spring.profiles.active=demo --spring.thymeleaf.cache=true \
  --acquis.data-dir="$DATA" --acquis.database-port="$DB_PORT"
N=$((SESSIONS * PER_SESSION))
t0=$(date +%s)
$PSQL <<SQL
INSERT INTO identity_user (id, first_name, last_name, email, password_hash, locale, roles, terms_accepted_at)
SELECT gen_random_uuid(), 'Cand' || i, 'BENCH', 'bench-cand-' || i || '@bench.test', '$HASH', 'fr', '{LEARNER}', now()
FROM generate_series(0, $N - 1) i;
CREATE TEMP TABLE skills (competence TEXT, tube TEXT, skill TEXT);
\\copy skills FROM '$OUT/skills.csv' CSV
INSERT INTO evaluation_knowledge_element (user_id, skill_id, tube, competence_code, framework_code, status, source,
  created_at, counts_in_profile)
SELECT u.id, s.skill, s.tube, s.competence, 'crcn', 'VALIDATED', 'DIRECT', now() - interval '1 day', TRUE
FROM identity_user u, skills s WHERE u.email LIKE 'bench-cand-%@bench.test';
ANALYZE identity_user; ANALYZE evaluation_knowledge_element;
SQL
log "seeded $N accounts and $(wc -l <"$OUT/skills.csv") validated skills each in $(( $(date +%s) - t0 )) s"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; load before: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee "$OUT/report.txt" >&2
"$JAVA_HOME/bin/java" -Xmx1g "$CLIENT" "$BASE" "$SESSIONS" "$PER_SESSION" "$RAMP" "$STEADY" "$THINK_MIN" \
  "$THINK_MAX" "$OUT" 2> >(tee "$OUT/client.log" >&2) | tee -a "$OUT/report.txt"
echo "app RSS at the end: $(($(awk '/VmRSS/ {print $2}' /proc/"$(cat "$RESULTS/certification.pid")"/status) / 1024)) MB; load after: $(cut -d' ' -f1-3 /proc/loadavg)" \
  | tee -a "$OUT/report.txt" >&2

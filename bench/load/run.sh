#!/usr/bin/env bash
# Benchmark 3 of issue 11: N simulated members (default 200) against the packaged app on this machine.
#
#   bench/load/run.sh [users]            e.g. bench/load/run.sh 5 (smoke), bench/load/run.sh 200
#   environment: MINUTES (work per user after the ramp, 4), RAMP (seconds, 60), HEAP (app heap, 1g), PORT (18080),
#   JAR (the app jar; default target/clapboard-*.jar)
#
# Starts target/clapboard-*.jar (built with `mvn -Pproduction package -DskipTests` when missing) with the demo
# profile on the embedded H2 in a fresh data directory, waits for /actuator/health, runs the Gatling simulation in
# bench/load (its own Maven module), samples the app's CPU (/proc) and heap (jstat) every 5 s and the machine's
# load, records a Flight Recorder profile of the app, forces a full GC at the end to read the heap the open sessions hold, stops the app and prints one line.
# The Gatling report lands in bench/load/target/gatling/.
set -euo pipefail

USERS=${1:-200}
MINUTES=${MINUTES:-4}
RAMP=${RAMP:-60}
HEAP=${HEAP:-1g}
PORT=${PORT:-18080}
TARGET_MS=250

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

JAR=${JAR:-$(ls "$ROOT"/target/clapboard-*.jar 2>/dev/null | head -1 || true)}
if [[ -z "$JAR" ]]; then
    (cd "$ROOT" && mvn -B -q -Pproduction package -DskipTests)
    JAR=$(ls "$ROOT"/target/clapboard-*.jar | head -1)
fi

WORK=$(mktemp -d /tmp/clapboard-load.XXXXXX)
echo "app data, logs and samples: $WORK"
CLAPBOARD_DATA_DIR="$WORK/data" PORT="$PORT" "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" \
    -XX:StartFlightRecording=name=load,settings=default -jar "$JAR" \
    --spring.profiles.active=demo > "$WORK/app.log" 2>&1 &
APP=$!
SAMPLER=""
cleanup() {
    [[ -n "$SAMPLER" ]] && kill "$SAMPLER" 2>/dev/null || true
    kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
}
trap cleanup EXIT

for _ in $(seq 1 600); do
    if curl -sf "http://localhost:$PORT/actuator/health" | grep -q '"status":"UP"'; then
        break
    fi
    kill -0 "$APP" 2>/dev/null || { echo "the app did not start, see $WORK/app.log"; exit 1; }
    sleep 1
done
curl -sf "http://localhost:$PORT/actuator/health" > /dev/null || { echo "no health after 600 s"; exit 1; }

TICK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP/stat"; }
heap_kb() { "$JAVA_HOME/bin/jstat" -gc "$APP" | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}'; }

# one line per 5 s: seconds, app CPU in cores since the last sample, heap used (MB), machine load (1 min)
(
    last=$(cpu_ticks); t0=$(date +%s)
    while sleep 5; do
        now=$(cpu_ticks)
        echo "$(( $(date +%s) - t0 )) $(awk -v d=$((now - last)) -v t="$TICK" 'BEGIN {printf "%.2f", d / t / 5}') \
$(( $(heap_kb) / 1024 )) $(cut -d' ' -f1 /proc/loadavg)"
        last=$now
    done
) > "$WORK/samples.txt" &
SAMPLER=$!

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
TICKS_START=$(cpu_ticks); T_START=$(date +%s)
set +e
mvn -B -f "$HERE/pom.xml" gatling:test -Dusers="$USERS" -Dminutes="$MINUTES" -DrampSeconds="$RAMP" \
    -DbaseUrl="http://localhost:$PORT" > "$WORK/gatling.log" 2>&1
GATLING_RC=$?
set -e
TICKS_END=$(cpu_ticks); T_END=$(date +%s)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill "$SAMPLER" 2>/dev/null || true; SAMPLER=""

# the profile of the run (Flight Recorder, default settings): CPU of the JVM vs the machine, hot methods, GC
"$JAVA_HOME/bin/jcmd" "$APP" JFR.dump name=load filename="$WORK/app.jfr" > /dev/null
for view in cpu-load hot-methods gc-pauses thread-cpu-load; do
    "$JAVA_HOME/bin/jfr" view --width 160 "$view" "$WORK/app.jfr" >> "$WORK/profile.txt" 2>&1 || true
done

# the sessions are still open (30 min timeout): the heap they hold, after a full GC
"$JAVA_HOME/bin/jcmd" "$APP" GC.run > /dev/null
HEAP_AFTER_GC=$(( $(heap_kb) / 1024 ))
METRICS=$(curl -s -u admin@northwind.example:northwind-admin "http://localhost:$PORT/actuator/prometheus" || true)
SESSIONS=$(awk '/^clapboard_vaadin_sessions / {printf "%d", $2}' <<< "$METRICS")
UIS=$(awk '/^clapboard_vaadin_uis / {printf "%d", $2}' <<< "$METRICS")

grep -A12 "Global Information" "$WORK/gatling.log" | tail -13 > "$WORK/global.txt" || true
field() { grep "$1" "$WORK/global.txt" | tail -1 | awk -F'|' -v c="$2" '{gsub(/[ ,]/, "", $c); print $c}'; }
P95=$(field "95th percentile" 2)
P50=$(field "50th percentile" 2)
REQUESTS=$(field "request count" 2)
KO=$(field "request count" 4)
[[ "$KO" == "-" || -z "$KO" ]] && KO=0
# every error event of the final "Errors" table: KO requests, and actions that failed before sending (an element
# missing from the UI, a websocket that could not open), which Gatling's request counts leave out
ERRORS=$(awk '/^---- Errors/ {buf = ""; on = 1; next} on && /^====/ {on = 0; last = buf} on {buf = buf "\n" $0}
    END {print last}' "$WORK/gatling.log" | { grep -o '[0-9,]* *([0-9.]*%)$' || true; } | tr -d ',' \
    | awk '{s += $1} END {print s + 0}')
PUSH=$(grep -o 'push frames received: [0-9]*, UIDL pushes applied: [0-9]*' "$WORK/gatling.log" | tail -1 || true)
REPORT=$(grep -o 'file://[^ ]*index.html' "$WORK/gatling.log" | tail -1 || true)

CPU_AVG=$(awk -v d=$((TICKS_END - TICKS_START)) -v t="$TICK" -v s=$((T_END - T_START)) 'BEGIN {printf "%.2f", d / t / s}')
CPU_PEAK=$(awk 'BEGIN {m = 0} $2 > m {m = $2} END {printf "%.2f", m}' "$WORK/samples.txt")
HEAP_PEAK=$(awk 'BEGIN {m = 0} $3 > m {m = $3} END {print m}' "$WORK/samples.txt")
LOAD_MEAN=$(awk '{s += $4; n++} END {printf "%.1f", n ? s / n : 0}' "$WORK/samples.txt")
RATIO=$(awk -v p="${P95:-0}" -v t=$TARGET_MS 'BEGIN {printf "%.2f", p / t}')
VERDICT=$([[ -n "$P95" && "$P95" -lt $TARGET_MS && "$ERRORS" == 0 ]] && echo "target met" || echo "target MISSED")

echo "load-test users=$USERS: p95 ${P95:-?} ms (p50 ${P50:-?} ms) vs target $TARGET_MS ms, ratio $RATIO; \
errors $ERRORS ($KO KO of ${REQUESTS:-?} requests); app CPU avg $CPU_AVG cores, peak $CPU_PEAK (of $(nproc)); \
heap peak $HEAP_PEAK MB, after full GC $HEAP_AFTER_GC MB with ${SESSIONS:-?} sessions / ${UIS:-?} UIs (-Xmx$HEAP); \
machine load before $LOAD_BEFORE, mean $LOAD_MEAN, after $LOAD_AFTER; ${PUSH:-no push count}; \
$VERDICT (gatling exit $GATLING_RC)"
echo "report: ${REPORT:-see $WORK/gatling.log}; profile: $WORK/profile.txt (recording $WORK/app.jfr)"

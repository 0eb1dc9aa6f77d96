#!/usr/bin/env bash
# The SPARQL benchmark: hrcg serve against a bare Jena Fuseki on the same quads. For each size,
# generates a synthetic dataset (fixed seed), ingests it with the bundled data into a new hrcg
# store (`hrcg ingest`), exports the store's quads (`hrcg export`) and loads them into a second,
# plain TDB2 database with Jena's `tdb2.tdbloader`. Then starts three processes, each on its own
# copy of the data and a free loopback port:
#   hrcg          the service jar with its result cache switched off (hrcg.cache.enabled=false):
#                 what the embedding costs over the engine;
#   hrcg-cached   the service jar as shipped (the result cache on): what the cache gains;
#   fuseki        `jena-fuseki-server --tdb2 --loc DIR --set tdb2:unionDefaultGraph=true
#                 --timeout=10000 /ds`, the same Jena release, with no hrcg code: the baseline.
# At each concurrency, runs the load generator (org.hrcg.bench.load.LoadGenerator, closed-loop
# clients for --duration seconds, the same seed for each target within a round) against the three
# in alternating rounds, the order rotated each round, so that a change in the machine's load falls
# on all three alike. Reports, for each target, the median over the rounds of the throughput and of
# each kind's median and 99th-percentile latency, and each figure as a ratio to Fuseki's. While the
# load runs, samples each process's heap (jstat) and reports the peak heap in use and peak RSS.
#
# Usage: bench/run-sparql.sh [--sizes 1000,10000,100000] [--concurrency 1,4,16] [--rounds 3]
#                            [--duration SECONDS] [--warmup N] [--mix MIX] [--heap SIZE]
#                            [--seed S] [--work DIR] [--keep] [--skip-build]
#                            [--profile-size N,...|none] [--wait-idle MINUTES] [--report-only]
# --duration: seconds of load for each target, round and concurrency (default 20).
# --mix: the load generator's kinds (default sparql-cheap=4,sparql-heavy=1: the competency
# questions and the bundled analytic queries; see the load generator's --help).
# --heap: the maximum heap of each of the three JVMs (default 4g; the same for all).
# --profile-size N[,N...]: after the measured rounds at each of these sizes, one more run against
# hrcg (cache off) at the highest concurrency, recorded with JFR and not counted: where the
# service's CPU goes under the mix (default: the largest size; none for no recording).
# --report-only: the report again from the logs in --work DIR, of a run ended or running; deletes nothing.
# --warmup N: warm-up requests of each kind before each measured run, not counted (default 5, at
# most 10 s a kind). --wait-idle M: before each size and each concurrency, wait up to M minutes for
# the 1-minute load average to fall below 1.5 (not between the targets of a round: the rotation
# spreads the machine's drift over all three). Results go to stdout and to WORK/results.md; the
# data is deleted at the end unless --keep. The runs use a snapshot of the launcher and the jars
# (WORK/snapshot).
set -euo pipefail

SIZES="1000,10000,100000"
CONCURRENCY="1,4,16"
ROUNDS=3
DURATION=20
WARMUP=5
WARMUP_BUDGET=10
MIX="sparql-cheap=4,sparql-heavy=1"
HEAP="4g"
SEED=42
WORK=""
KEEP=0
BUILD=1
WAIT_IDLE=0
REPORT_ONLY=0
PROFILE_SIZE=""
FUSEKI_VERSION=5.6.0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --concurrency) CONCURRENCY="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --mix) MIX="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --skip-build) BUILD=0; shift ;;
    --wait-idle) WAIT_IDLE="$2"; shift 2 ;;
    --report-only) REPORT_ONLY=1; KEEP=1; BUILD=0; shift ;;
    --profile-size) PROFILE_SIZE="$2"; shift 2 ;;
    -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
IFS=',' read -r -a SIZE_LIST <<<"$SIZES"
IFS=',' read -r -a CONC_LIST <<<"$CONCURRENCY"
for n in "${SIZE_LIST[@]}" "${CONC_LIST[@]}" "$ROUNDS" "$DURATION"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "'$n' is not a positive number" >&2; exit 2; }
done
TARGETS=(hrcg hrcg-cached fuseki)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
[[ -n "$PROFILE_SIZE" ]] || PROFILE_SIZE="$(largest "${SIZE_LIST[@]}")"
[[ $REPORT_ONLY -eq 0 ]] || need_earlier_run "$WORK"
WORK="$(bench_workdir "$WORK")"
LOGS="$WORK/logs"
declare -A PID=() BASE=() SPARQL=() POLLER=()

stop_target() {
  local t="$1" pid="${PID[$1]:-}"
  [[ -n "$pid" ]] || return 0
  [[ -z "${POLLER[$t]:-}" ]] || { kill "${POLLER[$t]}" 2>/dev/null || true; wait "${POLLER[$t]}" 2>/dev/null || true; }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  PID[$t]=""
  POLLER[$t]=""
}
cleanup() {
  for t in "${TARGETS[@]}"; do stop_target "$t"; done
  rm -rf "$WORK"/store-* "$WORK"/fuseki-* "$WORK"/quads-*.nq "$WORK/empty-data"
  if [[ $KEEP -eq 0 ]]; then
    rm -rf "$WORK"/data-* "$WORK/snapshot"
  fi
}
if [[ $REPORT_ONLY -eq 0 ]]; then
  claim_workdir "$WORK"
  trap cleanup EXIT
fi
for cmd in curl jstat; do
  command -v "$cmd" >/dev/null || { echo "needs $cmd" >&2; exit 2; }
done

# drop_stores N: deletes the stores of size N, with the full-text index that each service keeps
# beside its store (STORE-text), and the Fuseki database.
drop_stores() {
  local n="$1"
  rm -rf "$WORK/store-$n" "$WORK/store-$n-text" "$WORK/store-$n-cached" "$WORK/store-$n-cached-text" \
    "$WORK/fuseki-$n" "$WORK/quads-$n.nq"
}

# await TARGET URL LOG: waits until URL answers 200; fails with the log's tail if the process stops.
await() {
  local t="$1" url="$2" logfile="$3"
  for _ in $(seq 1 3000); do
    curl -sf -o /dev/null "$url" && return 0
    if ! kill -0 "${PID[$t]}" 2>/dev/null; then
      log "$t stopped while starting; its log:"
      tail -n 30 "$logfile" >&2
      exit 1
    fi
    sleep 0.1
  done
  log "$t did not answer within 300 s"
  exit 1
}

# poll_heap TARGET FILE: samples the process's heap in use (MB) every half second, with its RSS.
poll_heap() {
  local t="$1" file="$2" pid="${PID[$1]}"
  (
    jstat -gc "$pid" 500 2>/dev/null | awk -v pid="$pid" '
      NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i; next}
      {
        used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
        rss = 0
        while ((getline line < ("/proc/" pid "/status")) > 0) if (line ~ /^VmRSS/) {split(line, f, " "); rss = f[2]}
        close("/proc/" pid "/status")
        printf "%.0f %.0f\n", used / 1024, rss / 1024
        fflush()
      }' >"$file"
  ) &
  POLLER[$t]=$!
}

# start_hrcg TARGET STORE CACHE: the service jar on STORE, its result cache on or off.
start_hrcg() {
  local t="$1" store="$2" cache="$3" port
  port="$(free_port)"
  BASE[$t]="http://127.0.0.1:$port"
  SPARQL[$t]="/sparql"
  java "-Xmx$HEAP" -XX:FlightRecorderOptions:stackdepth=256 -jar "$SNAP/query-service.jar" "--hrcg.store=$store" "--hrcg.data-dir=$WORK/empty-data" \
    "--hrcg.cache.enabled=$cache" "--server.port=$port" "--server.address=127.0.0.1" \
    >"$LOGS/$t-$n.log" 2>&1 &
  PID[$t]=$!
  await "$t" "${BASE[$t]}/actuator/health" "$LOGS/$t-$n.log"
}

# start_fuseki DIR: the plain Fuseki server on a TDB2 database, the union of the named graphs as
# its default graph, read-only (no --update). Its query timeout is the service's heavy-query timeout
# (hrcg.limits.heavy-query-timeout, 10 s), so that both give up on a query after the same time: a
# cartesian product of the heavy mix, which neither can finish, costs each the same.
start_fuseki() {
  local dir="$1" port
  port="$(free_port)"
  BASE[fuseki]="http://127.0.0.1:$port"
  SPARQL[fuseki]="/ds/query"
  java "-Xmx$HEAP" -jar "$SNAP/jena-fuseki-server.jar" --localhost --port "$port" --tdb2 --loc "$dir" \
    --set tdb2:unionDefaultGraph=true --timeout=10000 /ds >"$LOGS/fuseki-$n.log" 2>&1 &
  PID[fuseki]=$!
  await fuseki "${BASE[fuseki]}/\$/ping" "$LOGS/fuseki-$n.log"
}

if [[ $REPORT_ONLY -eq 0 ]]; then
# --- build and snapshot ------------------------------------------------------------------------
SNAP="$WORK/snapshot"
snapshot_service "$BUILD" "$SNAP"
mvn -B -q dependency:copy "-Dartifact=org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION" \
  "-DoutputDirectory=$SNAP" -Dmdep.stripVersion=true >/dev/null
BENCH_CP="$SNAP/bench-classes:$(ls "$SNAP"/ingest/target/hrcg-ingest-*.jar):$SNAP/ingest/target/lib/*"
HRCG_CMD=(env HRCG_NO_BUILD=1 "$SNAP/hrcg")
mkdir -p "$LOGS" "$WORK/empty-data"
{
  printf 'date=%q\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
  printf 'commit=%q\n' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  printf 'java=%q\n' "$(java -version 2>&1 | awk 'NR == 1')"
  printf 'cores=%q\n' "$(nproc)"
  printf 'memory_gb=%q\n' "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
  printf 'mix=%q\n' "$MIX"
  printf 'duration=%q\n' "$DURATION"
  printf 'rounds=%q\n' "$ROUNDS"
  printf 'heap=%q\n' "$HEAP"
} >"$LOGS/run.env"

for n in "${SIZE_LIST[@]}"; do
  idle
  log "size $n: generating (seed $SEED)"
  java -cp "$BENCH_CP" org.hrcg.bench.Generate --seed "$SEED" --practices "$n" --out "$WORK/data-$n" \
    >"$LOGS/generate-$n.out"
  drop_stores "$n"
  "${HRCG_CMD[@]}" ingest data "$WORK/data-$n/yaml" --store "$WORK/store-$n" >"$LOGS/ingest-$n.out" 2>&1 \
    || { tail -n 20 "$LOGS/ingest-$n.out" >&2; exit 1; }
  "${HRCG_CMD[@]}" export --store "$WORK/store-$n" --format nq -o "$WORK/quads-$n.nq" \
    >"$LOGS/export-$n.out" 2>&1 || { tail -n 20 "$LOGS/export-$n.out" >&2; exit 1; }
  quads=$(wc -l <"$WORK/quads-$n.nq")
  java -cp "$SNAP/jena-fuseki-server.jar" tdb2.tdbloader --loc "$WORK/fuseki-$n" "$WORK/quads-$n.nq" \
    >"$LOGS/tdbloader-$n.out" 2>&1 || { tail -n 20 "$LOGS/tdbloader-$n.out" >&2; exit 1; }
  rm -f "$WORK/quads-$n.nq"
  cp -r "$WORK/store-$n" "$WORK/store-$n-cached"
  log "size $n: $quads quads in the hrcg stores and the Fuseki database"

  start_hrcg hrcg "$WORK/store-$n" false
  start_hrcg hrcg-cached "$WORK/store-$n-cached" true
  start_fuseki "$WORK/fuseki-$n"
  for t in "${TARGETS[@]}"; do poll_heap "$t" "$LOGS/heap-$n-$t.txt"; done
  echo "n=$n" >"$LOGS/size-$n.env"
  echo "quads=$quads" >>"$LOGS/size-$n.env"

  for c in "${CONC_LIST[@]}"; do
    idle
    for r in $(seq 1 "$ROUNDS"); do
      # The order rotates each round: hrcg, hrcg-cached, fuseki; then hrcg-cached, fuseki, hrcg; ...
      for i in 0 1 2; do
        t="${TARGETS[$(( (i + r - 1) % 3 ))]}"
        log "size $n, concurrency $c, round $r: $t"
        java -cp "$BENCH_CP" org.hrcg.bench.load.LoadGenerator --base-url "${BASE[$t]}" \
          --sparql-path "${SPARQL[$t]}" --mix "$MIX" --duration "${DURATION}s" --warmup "$WARMUP" --warmup-budget "$WARMUP_BUDGET" \
          --concurrency "$c" --seed "$(( SEED + r ))" --summary "$LOGS/run-$n-c$c-r$r-$t.tsv" \
          >"$LOGS/run-$n-c$c-r$r-$t.md" 2>"$LOGS/run-$n-c$c-r$r-$t.err" \
          || { tail -n 30 "$LOGS/run-$n-c$c-r$r-$t.err" >&2; exit 1; }
        echo "$(load_average)" >"$LOGS/run-$n-c$c-r$r-$t.loadavg"
      done
    done
  done
  if [[ ",$PROFILE_SIZE," == *",$n,"* ]] && command -v jcmd >/dev/null; then
    c="$(largest "${CONC_LIST[@]}")"
    idle
    log "size $n: one more run against hrcg at concurrency $c, recorded with JFR (not counted)"
    if jcmd "${PID[hrcg]}" JFR.start name=load settings=profile "filename=$LOGS/profile-$n.jfr" \
      >"$LOGS/jfr-start-$n.out" 2>&1; then
      java -cp "$BENCH_CP" org.hrcg.bench.load.LoadGenerator --base-url "${BASE[hrcg]}" \
        --sparql-path "${SPARQL[hrcg]}" --mix "$MIX" --duration "${DURATION}s" --warmup 0 \
        --concurrency "$c" --seed "$SEED" --summary "$LOGS/profile-$n-c$c.tsv" \
        >"$LOGS/profile-$n-c$c.md" 2>"$LOGS/profile-$n-c$c.err" \
        || { tail -n 30 "$LOGS/profile-$n-c$c.err" >&2; exit 1; }
      jcmd "${PID[hrcg]}" JFR.stop name=load >"$LOGS/jfr-stop-$n.out" 2>&1 || true
      echo "profile_concurrency=$c" >>"$LOGS/size-$n.env"
    fi
  fi
  for t in "${TARGETS[@]}"; do
    echo "rss_peak_mb_$t=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/${PID[$t]}/status")" >>"$LOGS/size-$n.env"
    stop_target "$t"
  done
  drop_stores "$n"
  [[ $KEEP -eq 1 ]] || rm -rf "$WORK/data-$n"
done
fi

# --- report ------------------------------------------------------------------------------------
# figure N C T KIND COLUMN: the median over the rounds of a column of a kind's summary line
# (COLUMN: median_ms, p99_ms, count, errors, refused), or of the throughput when KIND is "all".
figure() {
  local n="$1" c="$2" t="$3" kind="$4" column="$5" f
  for f in "$LOGS"/run-"$n"-c"$c"-r*-"$t".tsv; do
    if [[ "$kind" == all ]]; then
      sed -nE 's/^# .*per-second=([0-9.]+).*/\1/p' "$f"
    else
      awk -F '\t' -v k="$kind" -v col="$column" '
        NR == 2 {for (i = 1; i <= NF; i++) idx[$i] = i; next}
        NR > 2 && $1 == k {print $idx[col]}' "$f"
    fi
  done | median
}
# rounds N C T: each round's throughput, lowest first: the spread the medians hide.
rounds() {
  local f
  for f in "$LOGS"/run-"$1"-c"$2"-r*-"$3".tsv; do
    sed -nE 's/^# .*per-second=([0-9.]+).*/\1/p' "$f"
  done | sort -n | awk '{printf "%s%.1f", (NR > 1 ? ", " : ""), $1} END {print ""}'
}
ms() { awk -v v="$1" 'BEGIN {if (v == "") print "-"; else if (v < 10) printf "%.2f", v; else if (v < 100) printf "%.1f", v; else printf "%.0f", v}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "-"}'; }
# total N C T COLUMN: the sum over rounds and kinds of a count column.
total() {
  cat "$LOGS"/run-"$1"-c"$2"-r*-"$3".tsv | awk -F '\t' -v col="$4" '
    /^kind\t/ {for (i = 1; i <= NF; i++) idx[$i] = i; next}
    /^#/ {next}
    {s += $idx[col]} END {print s + 0}'
}

report() {
  # shellcheck disable=SC1090
  source "$LOGS/run.env" 2>/dev/null || true
  echo "SPARQL: hrcg against Fuseki $FUSEKI_VERSION, $date, commit $commit, $cores cores, ${memory_gb} GB, $java."
  echo "Mix \`$mix\`, $duration s a target, round and concurrency, $rounds rounds, the order rotated"
  echo "each round; heap at most $heap for each JVM. Figures are medians over the rounds; ratios are to Fuseki's."
  local kinds
  kinds=$(tr ',' '\n' <<<"$mix" | sed -E 's/[= ].*//' | grep .)
  for envfile in "$LOGS"/size-*.env; do
    [[ -e "$envfile" ]] || continue
    local n quads
    n=$(sed -n 's/^n=//p' "$envfile")
    quads=$(sed -n 's/^quads=//p' "$envfile")
    echo
    echo "#### $n practices ($quads quads)"
    echo
    printf '| Clients | Target | Requests/s | Ratio | Each round'
    for k in $kinds; do printf ' | `%s` median ms | Ratio | p99 ms | Ratio' "$k"; done
    echo ' | Failed | Refused |'
    printf '|---:|---|---:|---:|---:'
    for _ in $kinds; do printf '|---:|---:|---:|---:'; done
    echo '|---:|---:|'
    local c t
    for c in $(ls "$LOGS" | sed -nE "s/^run-$n-c([0-9]+)-r1-fuseki\.tsv$/\1/p" | sort -n); do
      local base_rate
      base_rate=$(figure "$n" "$c" fuseki all x)
      for t in "${TARGETS[@]}"; do
        local rate
        rate=$(figure "$n" "$c" "$t" all x)
        printf '| %s | %s | %.1f | %s | %s' "$c" "$t" "$rate" "$(ratio "$rate" "$base_rate")" "$(rounds "$n" "$c" "$t")"
        for k in $kinds; do
          local med p99 bmed bp99
          med=$(figure "$n" "$c" "$t" "$k" median_ms)
          p99=$(figure "$n" "$c" "$t" "$k" p99_ms)
          bmed=$(figure "$n" "$c" fuseki "$k" median_ms)
          bp99=$(figure "$n" "$c" fuseki "$k" p99_ms)
          printf ' | %s | %s | %s | %s' "$(ms "$med")" "$(ratio "$med" "$bmed")" "$(ms "$p99")" "$(ratio "$p99" "$bp99")"
        done
        printf ' | %s | %s |\n' "$(total "$n" "$c" "$t" errors)" "$(total "$n" "$c" "$t" refused)"
      done
    done
    echo
    echo "| Target | Peak heap in use (MB, jstat) | Peak RSS (MB) |"
    echo "|---|---:|---:|"
    for t in "${TARGETS[@]}"; do
      printf '| %s | %s | %s |\n' "$t" \
        "$(awk 'max < $1 {max = $1} END {print max + 0}' "$LOGS/heap-$n-$t.txt" 2>/dev/null)" \
        "$(sed -n "s/^rss_peak_mb_$t=//p" "$envfile")"
    done
  done
}
report | tee "$WORK/results.md"
for envfile in "$LOGS"/size-*.env; do
  [[ -e "$envfile" ]] || continue
  n=$(sed -n 's/^n=//p' "$envfile")
  c=$(sed -n 's/^profile_concurrency=//p' "$envfile")
  if [[ -n "$c" && -f "$LOGS/profile-$n.jfr" ]] && command -v jfr >/dev/null; then
    {
      echo
      echo "#### Profile at $n practices"
      echo
      jfr_profile "$LOGS/profile-$n.jfr" "$LOGS" \
        "(cache off) during one more run of the mix at $n practices, concurrency $c, ${duration:-$DURATION} s"
    } | tee -a "$WORK/results.md"
  fi
done

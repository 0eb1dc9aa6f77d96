#!/usr/bin/env bash
# The peers and search benchmark: for each size, generates a synthetic dataset (fixed seed),
# ingests it with `hrcg ingest` into a fresh store, starts the service jar on it (a separate
# process on a free loopback port), times its startup until it is live, then until it is ready (its
# peers index and text index built, on threads of their own) and the first text search, then runs
# the load generator (org.hrcg.bench.load.LoadGenerator) at concurrency 1 and at concurrency 4,
# records the service's peak RSS and stops it. Prints a Markdown table per size and a growth table across sizes, with
# every figure also as a ratio to the baseline kind (GET /actuator/health) of the same run.
#
# Usage: bench/run-peers.sh [--sizes 1000,10000,100000] [--seed S] [--requests N] [--requests-c4 N]
#                           [--warmup N] [--budget SECONDS] [--mix MIX] [--text-timeout SECONDS]
#                           [--profile-size N|none] [--java-opts OPTS] [--work DIR] [--keep]
#                           [--skip-build] [--wait-idle MINUTES] [--report-only]
# --requests N: measured requests of each kind at concurrency 1 (default 1000); --requests-c4 N,
# the same at concurrency 4 (default 500). --budget S: a kind whose requests have taken S seconds
# in all stops after at least 20 requests (default 120), so that slow kinds do not take hours.
# --mix: the kinds, comma-separated (default: all of them; see the load generator's --help).
# --text-timeout S: how long the service may take to become ready, and the first text search
# (default 600); past it, the service is restarted and the text kinds are left out at that size.
# --profile-size N: record the service with JFR during the load at that size (default: the
# largest; none for no recording).
# --java-opts: options for the service's JVM (default: none, so the default heap and G1).
# --report-only: the report again from the logs in --work DIR, of a run ended or running; deletes nothing.
# --wait-idle M: before each step, wait up to M minutes for the 1-minute load average to fall
# below 1.5. Results go to stdout and to WORK/results.md; the data is deleted at the end unless
# --keep. The runs use a snapshot of the launcher and the jars (WORK/snapshot).
set -euo pipefail

SIZES="1000,10000,100000"
SEED=42
REQUESTS=1000
REQUESTS_C4=500
WARMUP=10
BUDGET=120
MIX="baseline,territories,territory,peers,peers-theme,similar,inspirations,search-text,search-text-broad,search-facets,search-all"
TEXT_TIMEOUT=600
JAVA_OPTS=""
PROFILE_SIZE=""
WORK=""
KEEP=0
BUILD=1
WAIT_IDLE=0
REPORT_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --requests-c4) REQUESTS_C4="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --budget) BUDGET="$2"; shift 2 ;;
    --mix) MIX="$2"; shift 2 ;;
    --text-timeout) TEXT_TIMEOUT="$2"; shift 2 ;;
    --profile-size) PROFILE_SIZE="$2"; shift 2 ;;
    --java-opts) JAVA_OPTS="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --skip-build) BUILD=0; shift ;;
    --wait-idle) WAIT_IDLE="$2"; shift 2 ;;
    --report-only) REPORT_ONLY=1; KEEP=1; BUILD=0; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {print}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
IFS=',' read -r -a SIZE_LIST <<<"$SIZES"
for n in "${SIZE_LIST[@]}"; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || { echo "--sizes: '$n' is not a positive number" >&2; exit 2; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
[[ -n "$PROFILE_SIZE" ]] || PROFILE_SIZE="$(largest "${SIZE_LIST[@]}")"
[[ $REPORT_ONLY -eq 0 ]] || need_earlier_run "$WORK"
WORK="$(bench_workdir "$WORK")"
LOGS="$WORK/logs"
SERVICE_PID=""
stop_service() {
  [[ -n "$SERVICE_PID" ]] || return 0
  # The service finishes the requests in flight first (graceful shutdown); one stuck in a
  # computation is cut off when the store closes.
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$SERVICE_PID" 2>/dev/null; then
    log "the service did not stop within 60 s: killing it"
    kill -KILL "$SERVICE_PID" 2>/dev/null || true
  fi
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}
cleanup() {
  stop_service
  rm -rf "$WORK"/store-* "$WORK/empty-data"
  if [[ $KEEP -eq 0 ]]; then
    rm -rf "$WORK"/data-* "$WORK/snapshot"
  fi
}
if [[ $REPORT_ONLY -eq 0 ]]; then
  claim_workdir "$WORK"
  trap cleanup EXIT
fi
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }

if [[ $REPORT_ONLY -eq 0 ]]; then
# --- build and snapshot ------------------------------------------------------------------------
SNAP="$WORK/snapshot"
snapshot_service "$BUILD" "$SNAP"
# The bench needs the ingest module, the graph model and picocli: the command line's libraries.
BENCH_CP="$SNAP/bench-classes:$(ls "$SNAP"/ingest/target/hrcg-ingest-*.jar):$SNAP/ingest/target/lib/*"
HRCG_CMD=(env HRCG_NO_BUILD=1 "$SNAP/hrcg")
mkdir -p "$LOGS" "$WORK/empty-data"

# start_service STORE LOG: starts the service, waits until it is live; sets SERVICE_PID, BASE and
# STARTUP (seconds from launch to the first live answer, /actuator/health/liveness). The service is
# ready (/actuator/health/readiness) only once its indexes are built: see wait_ready.
start_service() {
  local store="$1" logfile="$2"
  local port start
  port="$(free_port)"
  BASE="http://127.0.0.1:$port"
  start=$(date +%s.%N)
  # An empty data folder: the store already holds data graphs, so InitialLoad leaves it alone, and
  # it would load nothing anyway.
  # JFR keeps 64 frames of a stack unless told otherwise: too few to reach the controller under
  # Spring's filters and Jena's iterators. The option costs nothing until a recording starts.
  # shellcheck disable=SC2086
  java -XX:FlightRecorderOptions:stackdepth=256 $JAVA_OPTS -jar "$SNAP/query-service.jar" "--hrcg.store=$store" "--hrcg.data-dir=$WORK/empty-data" \
    "--server.port=$port" "--server.address=127.0.0.1" >"$logfile" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "$BASE/actuator/health/liveness"; then
      STARTUP=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      log "the service stopped while starting; its log:"
      tail -n 30 "$logfile" >&2
      exit 1
    fi
    sleep 0.1
  done
  log "the service did not answer within 300 s"
  exit 1
}

# wait_ready MAX: waits up to MAX seconds for /actuator/health/readiness to answer 200 (the peers
# index and the text index built); prints the seconds it waited, or "> MAX".
wait_ready() {
  local start
  start=$(date +%s.%N)
  while awk -v s="$start" -v e="$(date +%s.%N)" -v m="$1" 'BEGIN {exit !(e - s < m)}'; do
    if curl -sf -o /dev/null "$BASE/actuator/health/readiness"; then
      awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f\n", e - s}'
      return 0
    fi
    sleep 0.1
  done
  echo "> $1"
}

# timed_get PATH [MAX SECONDS]: prints "STATUS SECONDS BYTES"; status 000 when it timed out.
timed_get() {
  curl -s -o "$LOGS/last-answer.json" -m "${2:-600}" -w '%{http_code} %{time_total} %{size_download}\n' \
    "$BASE$1" | awk '{printf "%s %.2f %s\n", $1, $2, $3}' || true
}

# --- the sizes ---------------------------------------------------------------------------------
TEXT_KINDS="search-text|search-text-broad"
for n in "${SIZE_LIST[@]}"; do
  idle
  log "size $n: generating (seed $SEED)"
  summary="$(java -cp "$BENCH_CP" org.hrcg.bench.Generate --seed "$SEED" --practices "$n" \
    --out "$WORK/data-$n" | tail -n 1)"
  triples="$(sed -E 's/.*triples=([0-9]+).*/\1/' <<<"$summary")"
  store="$WORK/store-$n"
  rm -rf "$store" "$store-text"
  idle
  ingest_start=$(date +%s.%N)
  "${HRCG_CMD[@]}" ingest "$WORK/data-$n/yaml" --store "$store" >"$LOGS/ingest-$n.out" 2>&1 \
    || { tail -n 20 "$LOGS/ingest-$n.out" >&2; exit 1; }
  ingest_s=$(awk -v s="$ingest_start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
  log "size $n: $triples triples ingested in $ingest_s s"

  idle
  load_start="$(load_average)"
  start_service "$store" "$LOGS/service-$n.log"
  startup="$STARTUP"
  spring_startup="$(sed -nE 's/.*Started HrcgApplication in ([0-9.]+) seconds.*/\1/p' "$LOGS/service-$n.log" | awk 'NR == 1')"
  # The indexes are built on threads of their own from startup on; requests that come before they
  # are ready wait a while and are then refused (503), so the first request waits for readiness.
  first_peers="$(wait_ready "$TEXT_TIMEOUT")"
  read -r status _ _ <<<"$(timed_get '/api/territories?size=1')"
  [[ "$status" == 200 ]] || { log "GET /api/territories answered $status"; exit 1; }
  territories="$(sed -nE 's/.*"total":([0-9]+).*/\1/p' "$LOGS/last-answer.json")"
  read -r _ second_peers _ <<<"$(timed_get '/api/territories?size=1')"
  log "size $n: live in $startup s; ready (peers and text index built) $first_peers s later; a request then $second_peers s; $territories territories"

  mix="$MIX"
  read -r status first_text _ <<<"$(timed_get '/api/practices?q=women&size=1' "$TEXT_TIMEOUT")"
  text_built="$(sed -nE 's/.*text index built at revision [0-9]+: ([0-9]+) literals in ([0-9]+) ms.*/\2 ms for \1 literals/p' "$LOGS/service-$n.log" | awk 'NR == 1')"
  text_note=""
  if [[ "$status" != 200 ]]; then
    log "size $n: the first text search did not answer within $TEXT_TIMEOUT s (status $status); thread dumps in $LOGS"
    for i in 1 2 3; do
      jcmd "$SERVICE_PID" Thread.print >"$LOGS/text-stuck-$n-$i.txt" 2>&1 || true
      sleep 5
    done
    text_note="the first text search had not answered after $TEXT_TIMEOUT s (Lucene part: ${text_built:-not finished}); the service was restarted and the text kinds left out"
    first_text="> $TEXT_TIMEOUT"
    stop_service
    rm -rf "$store-text"
    idle
    start_service "$store" "$LOGS/service-$n-restart.log"
    first_peers_again="$(wait_ready 300)"
    log "size $n: restarted in $STARTUP s, ready $first_peers_again s later"
    mix="$(tr ',' '\n' <<<"$MIX" | grep -v -E "^($TEXT_KINDS)$" | paste -sd ',')"
  fi
  log "size $n: first text search $first_text s (index built: ${text_built:-?})"
  kinds=$(tr ',' '\n' <<<"$mix" | grep -c .)

  profiling=0
  if [[ "$PROFILE_SIZE" == "$n" ]] && command -v jcmd >/dev/null; then
    jcmd "$SERVICE_PID" JFR.start name=load settings=profile "filename=$LOGS/load-$n.jfr" \
      >"$LOGS/jfr-start-$n.out" 2>&1 && profiling=1
  fi
  for c in 1 4; do
    per_kind=$REQUESTS
    warm=$WARMUP
    if [[ $c -ne 1 ]]; then
      per_kind=$REQUESTS_C4
      warm=2
    fi
    idle
    before="$(load_average)"
    log "size $n: load at concurrency $c ($per_kind requests of each of $kinds kinds, budget $BUDGET s a kind)"
    java -cp "$BENCH_CP" org.hrcg.bench.load.LoadGenerator --base-url "$BASE" --mix "$mix" \
      --requests $(( per_kind * kinds )) --warmup "$warm" --budget "$BUDGET" --concurrency "$c" \
      --seed "$SEED" --csv "$LOGS/load-$n-c$c.csv" --summary "$LOGS/load-$n-c$c.tsv" \
      >"$LOGS/load-$n-c$c.md" 2>"$LOGS/load-$n-c$c.err" \
      || { tail -n 30 "$LOGS/load-$n-c$c.err" >&2; exit 1; }
    echo "$before $(load_average)" >"$LOGS/load-$n-c$c.loadavg"
    log "size $n, concurrency $c: $(sed -n 1p "$LOGS/load-$n-c$c.md")"
  done
  if [[ $profiling -eq 1 ]]; then
    jcmd "$SERVICE_PID" JFR.stop name=load >"$LOGS/jfr-stop-$n.out" 2>&1 || profiling=0
  fi
  rss_peak="$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status")"
  rss_anon="$(awk '/^RssAnon/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status")"
  rss_file="$(awk '/^RssFile/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status")"
  stop_service
  store_mb="$(du -sm "$store" | cut -f 1)"
  errors="$(awk -F '\t' 'FNR > 2 {e += $3} END {print e + 0}' "$LOGS/load-$n-c1.tsv" "$LOGS/load-$n-c4.tsv")"
  {
    echo "n=$n"
    echo "territories=$territories"
    echo "triples=$triples"
    echo "ingest_s=$ingest_s"
    echo "store_mb=$store_mb"
    echo "startup_s=$startup"
    echo "spring_startup_s=$spring_startup"
    echo "first_peers_s=$first_peers"
    echo "second_peers_s=$second_peers"
    echo "first_text_s=$first_text"
    echo "text_built=$text_built"
    echo "text_note=$text_note"
    echo "rss_peak_mb=$rss_peak"
    echo "rss_anon_mb=$rss_anon"
    echo "rss_file_mb=$rss_file"
    echo "load_at_start=$load_start"
    echo "errors=$errors"
    echo "profiled=$profiling"
  } >"$LOGS/size-$n.env"
  log "size $n: peak RSS $rss_peak MB, $errors errors"
  rm -rf "$store" "$store-text"
  [[ $KEEP -eq 1 ]] || rm -rf "$WORK/data-$n"
done
fi

# --- report ------------------------------------------------------------------------------------
env_of() { sed -n "s/^$2=//p" "$LOGS/size-$1.env"; }
# fig SIZE C KIND COLUMN: a figure of the summary (4 median, 6 p99).
fig() { awk -F '\t' -v k="$3" -v c="$4" '$1 == k {print $c}' "$LOGS/load-$1-c$2.tsv"; }
fmt() { awk -v v="$1" 'BEGIN {if (v == "") print "-"; else if (v < 10) printf "%.2f", v; else if (v < 100) printf "%.1f", v; else printf "%.0f", v}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "-"; else if (a / b < 10) printf "%.2f", a / b; else printf "%.0f", a / b}'; }
{
  echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB; $(java -version 2>&1 | awk 'NR == 1'); seed $SEED."
  echo "Load generator: $REQUESTS requests of each kind at concurrency 1 (warm-up $WARMUP of each), $REQUESTS_C4 at concurrency 4, budget $BUDGET s of summed latency a kind (at least 20 requests)."
  echo
  echo "| Practices | Territories | Triples | Ingest (s) | Store (MB) | Startup, live (s) | Then ready: indexes built (s) | First text search (s) | Peak RSS (MB) | Load avg at start |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in "${SIZE_LIST[@]}"; do
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$(env_of "$n" territories)" \
      "$(env_of "$n" triples)" "$(env_of "$n" ingest_s)" "$(env_of "$n" store_mb)" \
      "$(env_of "$n" startup_s)" "$(env_of "$n" first_peers_s)" "$(env_of "$n" first_text_s)" \
      "$(env_of "$n" rss_peak_mb)" "$(env_of "$n" load_at_start)"
  done
  for n in "${SIZE_LIST[@]}"; do
    echo
    echo "### $n practices"
    echo
    echo "Startup $(env_of "$n" startup_s) s to the first live answer (Spring: $(env_of "$n" spring_startup_s) s); a request once ready $(env_of "$n" second_peers_s) s. Text index: $(env_of "$n" text_built); peak RSS $(env_of "$n" rss_peak_mb) MB (at the end: $(env_of "$n" rss_anon_mb) MB anonymous, $(env_of "$n" rss_file_mb) MB file-backed)."
    note="$(env_of "$n" text_note)"
    [[ -z "$note" ]] || echo "Note: $note."
    for c in 1 4; do
      echo
      echo "Concurrency $c, load average $(cut -d ' ' -f 1 "$LOGS/load-$n-c$c.loadavg") before and $(cut -d ' ' -f 2 "$LOGS/load-$n-c$c.loadavg") after:"
      echo
      cat "$LOGS/load-$n-c$c.md"
    done
  done
  first="${SIZE_LIST[0]}"
  echo
  echo "### Growth, concurrency 1"
  echo
  header="| Kind |"
  rule="|---|"
  for n in "${SIZE_LIST[@]}"; do header+=" median $n |"; rule+="---:|"; done
  for n in "${SIZE_LIST[@]}"; do header+=" p99 $n |"; rule+="---:|"; done
  for n in "${SIZE_LIST[@]:1}"; do header+=" median $n / $first |"; rule+="---:|"; done
  for n in "${SIZE_LIST[@]}"; do header+=" median / baseline, $n |"; rule+="---:|"; done
  echo "$header"
  echo "$rule"
  for kind in $(tr ',' ' ' <<<"$MIX"); do
    row="| $kind |"
    for n in "${SIZE_LIST[@]}"; do row+=" $(fmt "$(fig "$n" 1 "$kind" 4)") |"; done
    for n in "${SIZE_LIST[@]}"; do row+=" $(fmt "$(fig "$n" 1 "$kind" 6)") |"; done
    for n in "${SIZE_LIST[@]:1}"; do
      row+=" $(ratio "$(fig "$n" 1 "$kind" 4)" "$(fig "$first" 1 "$kind" 4)") |"
    done
    for n in "${SIZE_LIST[@]}"; do
      row+=" $(ratio "$(fig "$n" 1 "$kind" 4)" "$(fig "$n" 1 baseline 4)") |"
    done
    echo "$row"
  done
  echo
  echo "Milliseconds; '-' where a kind was not run at that size."
  if [[ -f "$LOGS/load-$PROFILE_SIZE.jfr" ]] && command -v jfr >/dev/null; then
    echo
    echo "### Profile"
    echo
    jfr_profile "$LOGS/load-$PROFILE_SIZE.jfr" "$LOGS" \
      "during the load at $PROFILE_SIZE practices (both runs)"
  fi
} | tee "$WORK/results.md"
log "results in $WORK/results.md; logs, CSVs and the JFR recording in $LOGS"

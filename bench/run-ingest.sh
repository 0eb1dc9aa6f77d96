#!/usr/bin/env bash
# The ingest benchmark: generates a synthetic dataset of about a million triples (YAML case studies
# and the same content as N-Quads), then times, alternately, `./hrcg ingest` on the YAML and Jena's
# `tdb2.tdbloader` on the N-Quads (default loader, and --loader=basic), each as a whole process
# (wall clock, CPU time, peak RSS), and prints a Markdown table of medians. Also times
# `./hrcg validate` (reads and validates, writes nothing), runs one in-process split of hrcg's time
# into its phases (IngestPhases) and one JFR-profiled `hrcg ingest`.
#
# Usage: bench/run-ingest.sh [--triples N] [--runs N] [--seed S] [--work DIR] [--keep]
#                            [--skip-build] [--tdbloader-only] [--wait-idle MINUTES]
# Results go to stdout and to WORK/results.md; the data is deleted at the end unless --keep.
# The timed runs use a snapshot of the launcher and its jars (WORK/snapshot), so that a build
# started meanwhile cannot change or break them. --wait-idle M: before each run, wait (at most until
# M minutes after the first run began) for the 1-minute load average to fall below 1.5.
set -euo pipefail

TRIPLES=1000000
RUNS=3
SEED=42
WORK=""
KEEP=0
BUILD=1
HRCG=1
WAIT_IDLE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --triples) TRIPLES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --skip-build) BUILD=0; shift ;;
    --tdbloader-only) HRCG=0; shift ;;
    --wait-idle) WAIT_IDLE="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
WORK="$(bench_workdir "$WORK")"
cleanup() {
  rm -rf "$WORK/hrcg-store" "$WORK/tdb-store" "$WORK/tdb-basic-store" "$WORK/phases-store"
  if [[ $KEEP -eq 0 ]]; then
    rm -rf "$WORK/data" "$WORK/logs" "$WORK/snapshot"
  fi
}
claim_workdir "$WORK"
trap cleanup EXIT
TIME=/usr/bin/time
[[ -x $TIME ]] || { echo "needs GNU time at /usr/bin/time (Debian package 'time')" >&2; exit 2; }

# --- build -------------------------------------------------------------------------------------
if [[ $BUILD -eq 1 ]]; then
  log "building the reactor (mvn install -DskipTests)"
  mvn -B -q -o install -DskipTests -Dspotless.check.skip=true \
    || mvn -B -q install -DskipTests -Dspotless.check.skip=true
fi
if [[ $HRCG -eq 1 ]]; then
  # Without --skip-build the launcher may rebuild here, once, before anything is timed.
  no_build=0
  [[ $BUILD -eq 1 ]] || no_build=1
  if ! HRCG_NO_BUILD=$no_build ./hrcg --help >"$WORK/hrcg-help.out" 2>&1; then
    tail -n 5 "$WORK/hrcg-help.out" >&2
    log "./hrcg --help does not work: timing the tdbloader half only"
    HRCG=0
  fi
fi

# --- snapshot: private copies of everything the timed runs execute ----------------------------
SNAP="$WORK/snapshot"
rm -rf "$SNAP"
mkdir -p "$SNAP/bench-lib" "$SNAP/jena-lib"
mvn -B -q dependency:build-classpath -pl bench -Dmdep.outputFile="$WORK/bench.classpath" >/dev/null
tr ':' '\n' <"$WORK/bench.classpath" | xargs -I{} cp {} "$SNAP/bench-lib/"
cp -r bench/target/classes "$SNAP/bench-classes"
BENCH_CP="$SNAP/bench-classes:$SNAP/bench-lib/*"
mvn -B -q -f bench/jena-cmds/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$WORK/jena-cmds.classpath" >/dev/null
tr ':' '\n' <"$WORK/jena-cmds.classpath" | xargs -I{} cp {} "$SNAP/jena-lib/"
JENA_CP="$SNAP/jena-lib/*"
if [[ $HRCG -eq 1 ]]; then
  snapshot_hrcg "$SNAP"
fi
# The launcher as it is, run from the snapshot, told not to rebuild.
HRCG_CMD=(env HRCG_NO_BUILD=1 "$SNAP/hrcg")

# --- data --------------------------------------------------------------------------------------
log "generating about $TRIPLES triples (seed $SEED)"
GEN_OUT="$(java -cp "$BENCH_CP" org.hrcg.bench.Generate --seed "$SEED" --target-triples "$TRIPLES" \
  --out "$WORK/data")"
echo "$GEN_OUT" >&2
SUMMARY="$(tail -n 1 <<<"$GEN_OUT")"
PRACTICES="$(sed -E 's/.*practices=([0-9]+).*/\1/' <<<"$SUMMARY")"
CASE_STUDIES="$(sed -E 's/.*case-studies=([0-9]+).*/\1/' <<<"$SUMMARY")"
QUADS="$(sed -E 's/.*triples=([0-9]+).*/\1/' <<<"$SUMMARY")"
YAML_DIR="$WORK/data/yaml"
NQ="$WORK/data/synthetic.nq"
log "$PRACTICES practices in $CASE_STUDIES case studies give $QUADS triples"
mkdir -p "$WORK/logs"

# --- timing ------------------------------------------------------------------------------------
DEADLINE=0
[[ $WAIT_IDLE -gt 0 ]] && DEADLINE=$(( $(date +%s) + WAIT_IDLE * 60 ))
wait_idle() { wait_until_idle "$DEADLINE"; }

# run NAME I COMMAND...: whole-process wall clock (s) and peak RSS (MB) into $WORK/logs/NAME.tsv
run() {
  local name="$1" i="$2"; shift 2
  local out="$WORK/logs/$name-$i"
  local start end status=0 load_before
  wait_idle
  load_before=$(cut -d ' ' -f 1 /proc/loadavg)
  start=$(date +%s.%N)
  "$TIME" -v -o "$out.time" "$@" >"$out.out" 2>"$out.err" || status=$?
  end=$(date +%s.%N)
  if [[ $status -ne 0 ]]; then
    log "$name run $i failed with exit code $status; its output:"
    tail -n 30 "$out.out" "$out.err" >&2
    exit 1
  fi
  local rss cpu
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$out.time")
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$out.time")
  # wall s, peak RSS MB, load average before, load average after, CPU s (user + system)
  awk -v s="$start" -v e="$end" -v r="$rss" -v l="$load_before" -v c="$cpu" \
    -v m="$(cut -d ' ' -f 1 /proc/loadavg)" \
    'BEGIN {printf "%.2f\t%s\t%s\t%s\t%s\n", e - s, r, l, m, c}' >>"$WORK/logs/$name.tsv"
  log "$name run $i: $(tail -n 1 "$WORK/logs/$name.tsv" | awk '{printf "%s s wall, %s s CPU, %s MB,\
 load average %s before, %s after", $1, $5, $2, $3, $4}')"
}

for i in $(seq 1 "$RUNS"); do
  if [[ $HRCG -eq 1 ]]; then
    rm -rf "$WORK/hrcg-store"
    run hrcg-ingest "$i" "${HRCG_CMD[@]}" ingest "$YAML_DIR" --store "$WORK/hrcg-store"
  fi
  rm -rf "$WORK/tdb-store"
  run tdbloader "$i" java -cp "$JENA_CP" tdb2.tdbloader --loc "$WORK/tdb-store" "$NQ"
  # The basic loader is fully transactional, as hrcg's all-or-nothing write is; the default
  # (phased) loader is not (Jena's TDB2 command-line documentation).
  rm -rf "$WORK/tdb-basic-store"
  run tdbloader-basic "$i" java -cp "$JENA_CP" tdb2.tdbloader --loader=basic \
    --loc "$WORK/tdb-basic-store" "$NQ"
  rm -rf "$WORK/tdb-basic-store"
  if [[ $HRCG -eq 1 ]]; then
    run hrcg-validate "$i" "${HRCG_CMD[@]}" validate "$YAML_DIR"
  fi
done

# --- checks: both stores hold the generated triples ---------------------------------------------
COUNT_QUERY='SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/hrcg/graph/syn-")) }'
TDB_COUNT=$(java -cp "$JENA_CP" tdb2.tdbquery --loc "$WORK/tdb-store" --results=csv "$COUNT_QUERY" \
  2>/dev/null | tail -n 1 | tr -d '\r')
log "tdbloader store: $TDB_COUNT triples in the synthetic graphs (generated: $QUADS)"
HRCG_COUNT="-"
if [[ $HRCG -eq 1 ]]; then
  HRCG_COUNT=$("${HRCG_CMD[@]}" query --store "$WORK/hrcg-store" --format csv "$COUNT_QUERY" 2>/dev/null \
    | tail -n 1 | tr -d '\r')
  log "hrcg store: $HRCG_COUNT triples in the synthetic graphs (generated: $QUADS)"
  WARNINGS=$(cat "$WORK/logs/hrcg-ingest-1.err" "$WORK/logs/hrcg-ingest-1.out" | grep -c ': warning: ' || true)
  log "hrcg ingest printed $WARNINGS warnings; its summary: $(tail -n 1 "$WORK/logs/hrcg-ingest-1.out")"
fi

# --- phases: one in-process run of hrcg's pipeline stages --------------------------------------
PHASES=""
if [[ $HRCG -eq 1 ]]; then
  rm -rf "$WORK/phases-store"
  if PHASES="$(java -cp "$BENCH_CP" org.hrcg.bench.IngestPhases "$YAML_DIR" "$WORK/phases-store" \
      2>"$WORK/logs/phases.err")"; then
    log "phases: $PHASES"
  else
    log "the phase split failed (see $WORK/logs/phases.err)"
    PHASES=""
  fi
fi

# --- profile: where one hrcg ingest spends its CPU (JFR execution samples by pipeline stage) -----
PROFILE=""
if [[ $HRCG -eq 1 ]] && command -v jfr >/dev/null 2>&1; then
  rm -rf "$WORK/hrcg-store"
  if HRCG_JAVA_OPTS="-XX:StartFlightRecording=filename=$WORK/logs/ingest.jfr,settings=profile" \
      "${HRCG_CMD[@]}" ingest "$YAML_DIR" --store "$WORK/hrcg-store" >/dev/null 2>&1; then
    # Each sample is put under the first stage named in its stack, in this order.
    PROFILE=$(jfr print --stack-depth 256 --events jdk.ExecutionSample "$WORK/logs/ingest.jfr" \
      | awk 'BEGIN {RS = "jdk.ExecutionSample"}
        NR > 1 {
          if (index($0, "TdbStore.replaceGraphs")) k = "TDB2 write";
          else if (index($0, "ShapeValidation.validate")) k = "SHACL validation";
          else if (index($0, "CaseStudyMapper")) k = "mapping records to RDF";
          else if (index($0, "org.snakeyaml")) k = "YAML parsing (SnakeYAML)";
          else if (index($0, "YamlCaseStudyReader")) k = "YAML fields to records";
          else if (index($0, "SourceFile")) k = "file reading";
          else if (index($0, "TdbStore")) k = "store open";
          else k = "other";
          n[k]++; total++
        }
        END {for (k in n) printf "%d\t%s %.0f%%\n", n[k], k, 100 * n[k] / total}' \
      | sort -rn | cut -f 2 | paste -sd ';' | sed 's/;/; /g')
    log "profile: $PROFILE"
  fi
  rm -rf "$WORK/hrcg-store"
fi

# --- report ------------------------------------------------------------------------------------
col() { cut -f "$2" "$WORK/logs/$1.tsv" | median; }
row() {
  local name="$1" label="$2" wall rss
  wall=$(col "$name" 1)
  rss=$(col "$name" 2 | awk '{printf "%.0f", $1}')
  printf '| %s | %s | %s | %s | %s | %s MB | %s | %s |\n' "$label" "$QUADS" "$wall" \
    "$(awk -v q="$QUADS" -v w="$wall" 'BEGIN {printf "%.0f", q / w}')" "$(col "$name" 5)" "$rss" \
    "$(cut -f 1 "$WORK/logs/$name.tsv" | paste -sd ' ')" \
    "$(cut -f 3 "$WORK/logs/$name.tsv" | paste -sd ' ')"
}
{
  echo "Synthetic dataset: seed $SEED, $PRACTICES practices, $CASE_STUDIES case studies (YAML files), $QUADS triples."
  echo "Medians of $RUNS whole-process runs, alternated; machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB."
  echo
  echo "| run | triples | wall (s) | triples/s | CPU (s) | peak RSS | all runs, wall (s) | load avg before each |"
  echo "|---|---:|---:|---:|---:|---:|---|---|"
  if [[ $HRCG -eq 1 ]]; then
    row hrcg-ingest "\`hrcg ingest\` (YAML)"
  fi
  row tdbloader "\`tdb2.tdbloader\` (N-Quads, default phased loader)"
  row tdbloader-basic "\`tdb2.tdbloader --loader=basic\` (N-Quads, transactional)"
  if [[ $HRCG -eq 1 ]]; then
    row hrcg-validate "\`hrcg validate\` (YAML, no write)"
    echo
    awk -v a="$(col hrcg-ingest 1)" -v b="$(col tdbloader 1)" -v v="$(col hrcg-validate 1)" \
      -v c="$(col tdbloader-basic 1)" \
      'BEGIN {printf "Ratio hrcg ingest / tdbloader: %.2f (wall clock); hrcg ingest / tdbloader --loader=basic: %.2f; hrcg validate / tdbloader: %.2f.\n", a / b, a / c, v / b}'
    awk -v a="$(col hrcg-ingest 5)" -v b="$(col tdbloader 5)" -v v="$(col hrcg-validate 5)" \
      -v c="$(col tdbloader-basic 5)" \
      'BEGIN {printf "Ratio of CPU time (user + system) hrcg ingest / tdbloader: %.2f; hrcg ingest / tdbloader --loader=basic: %.2f; hrcg validate / tdbloader: %.2f.\n", a / b, a / c, v / b}'
    awk -v a="$(col hrcg-ingest 2)" -v b="$(col tdbloader 2)" \
      'BEGIN {printf "Ratio of peak RSS hrcg ingest / tdbloader: %.2f.\n", a / b}'
    echo "Triples in the stores' synthetic graphs afterwards: hrcg $HRCG_COUNT, tdbloader $TDB_COUNT."
    if [[ -n "$PHASES" ]]; then
      echo
      echo "hrcg's phases, one in-process run (IngestPhases): $PHASES"
    fi
    if [[ -n "$PROFILE" ]]; then
      echo
      echo "CPU samples of one profiled \`hrcg ingest\` (JFR), by stage: $PROFILE"
    fi
  else
    echo
    echo "hrcg ingest was not timed: ./hrcg did not work. tdbloader store: $TDB_COUNT triples."
  fi
} | tee "$WORK/results.md"
log "results in $WORK/results.md"

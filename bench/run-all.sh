#!/usr/bin/env bash
# Every benchmark, one after the other, in one run on one machine: the ingest benchmark
# (run-ingest.sh), the peers and search benchmark (run-peers.sh) and the SPARQL benchmark against
# a bare Fuseki with the service's peak heap (run-sparql.sh). Builds once, then passes --skip-build.
# Each script's results go to WORK/<name>/results.md, and all of them to WORK/results.md.
#
# Usage: bench/run-all.sh [--sizes 1000,10000,100000] [--work DIR] [--wait-idle MINUTES]
#                         [--skip-build] [--quick]
# --sizes: the sizes (practices) of the peers and SPARQL benchmarks (default 1000,10000,100000).
# --quick: fewer requests, rounds and seconds everywhere (a check that everything runs, in about
# ten minutes at the default sizes of 1000 and 10000; its figures are not for BENCHMARKS.md).
set -euo pipefail

SIZES="1000,10000,100000"
WORK=""
WAIT_IDLE=0
BUILD=1
QUICK=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --work) WORK="$2"; shift 2 ;;
    --wait-idle) WAIT_IDLE="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    --quick) QUICK=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
WORK="$(bench_workdir "$WORK")"

if [[ $BUILD -eq 1 ]]; then
  log "building (mvn package -DskipTests)"
  mvn -B -q package -DskipTests -Dspotless.check.skip=true
fi
ingest=(--triples 1000000)
peers=(--sizes "$SIZES")
sparql=(--sizes "$SIZES")
if [[ $QUICK -eq 1 ]]; then
  [[ "$SIZES" != 1000,10000,100000 ]] || { peers=(--sizes 1000,10000); sparql=(--sizes 1000,10000); }
  ingest=(--triples 100000 --runs 1)
  peers+=(--requests 50 --requests-c4 20 --budget 10 --profile-size none)
  sparql+=(--rounds 1 --duration 5 --warmup 5 --concurrency 1,4)
fi
common=(--skip-build --wait-idle "$WAIT_IDLE")
log "ingest benchmark"
bench/run-ingest.sh "${ingest[@]}" "${common[@]}" --work "$WORK/ingest"
log "peers and search benchmark"
bench/run-peers.sh "${peers[@]}" "${common[@]}" --work "$WORK/peers"
log "SPARQL benchmark against Fuseki"
bench/run-sparql.sh "${sparql[@]}" "${common[@]}" --work "$WORK/sparql"
for part in ingest peers sparql; do
  echo "## $part"
  echo
  cat "$WORK/$part/results.md"
  echo
done >"$WORK/results.md"
log "all results: $WORK/results.md"

#!/usr/bin/env bash
# Every benchmark, one after the other, in one run on one machine: the ingest benchmark
# (run-ingest.sh), the peers and search benchmark (run-peers.sh), the SPARQL benchmark against a
# bare Fuseki with the service's peak heap (run-sparql.sh, the competency questions with the heavy
# analytic queries), and the same with the competency questions alone at the smallest and largest
# sizes and concurrency 1 and 4, where no limit of the service comes into play: what the embedding
# costs, with a JFR profile of the service at both sizes. Builds once, then passes --skip-build.
# Each script's results go to WORK/<name>/results.md (sparql-cheap for the last), and all of them
# to WORK/results.md.
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
claim_workdir "$WORK"

if [[ $BUILD -eq 1 ]]; then
  log "building (mvn package -DskipTests)"
  mvn -B -q package -DskipTests -Dspotless.check.skip=true
fi
if [[ $QUICK -eq 1 && "$SIZES" == 1000,10000,100000 ]]; then
  SIZES="1000,10000"
fi
IFS=',' read -r -a SIZE_LIST <<<"$SIZES"
ends="${SIZE_LIST[0]},${SIZE_LIST[${#SIZE_LIST[@]}-1]}"
[[ ${#SIZE_LIST[@]} -gt 1 ]] || ends="${SIZE_LIST[0]}"
ingest=(--triples 1000000)
peers=(--sizes "$SIZES")
sparql=(--sizes "$SIZES" --profile-size none)
cheap=(--sizes "$ends" --mix sparql-cheap --concurrency 1,4 --profile-size "$ends")
if [[ $QUICK -eq 1 ]]; then
  ingest=(--triples 100000 --runs 1)
  peers+=(--requests 50 --requests-c4 20 --budget 10 --profile-size none)
  sparql+=(--rounds 1 --duration 5 --warmup 5 --concurrency 1,4)
  cheap+=(--rounds 1 --duration 5 --warmup 5)
fi
common=(--skip-build --wait-idle "$WAIT_IDLE")
log "ingest benchmark"
bench/run-ingest.sh "${ingest[@]}" "${common[@]}" --work "$WORK/ingest"
log "peers and search benchmark"
bench/run-peers.sh "${peers[@]}" "${common[@]}" --work "$WORK/peers"
log "SPARQL benchmark against Fuseki"
bench/run-sparql.sh "${sparql[@]}" "${common[@]}" --work "$WORK/sparql"
log "SPARQL benchmark against Fuseki, competency questions alone, with profiles"
bench/run-sparql.sh "${cheap[@]}" "${common[@]}" --work "$WORK/sparql-cheap"
for part in ingest peers sparql sparql-cheap; do
  echo "## $part"
  echo
  cat "$WORK/$part/results.md"
  echo
done >"$WORK/results.md"
log "all results: $WORK/results.md"

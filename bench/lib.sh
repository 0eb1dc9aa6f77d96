# Shell functions shared by the benchmark scripts (run-ingest.sh, run-peers.sh); sourced, not run.
# Each expects ROOT (the repository) and, for bench_workdir, KEEP-style cleanup of its own.

log() { printf '[bench] %s\n' "$*" >&2; }

# bench_workdir DIR: prints the absolute work directory (a new temporary one when DIR is empty),
# refusing one inside the repository's data/.
bench_workdir() {
  local work="$1"
  if [[ -z "$work" ]]; then
    work="$(mktemp -d "${TMPDIR:-/tmp}/hrcg-bench.XXXXXX")"
  fi
  mkdir -p "$work"
  work="$(cd "$work" && pwd)"
  case "$work/" in
    "$ROOT/data/"*) echo "refusing to work inside $ROOT/data" >&2; return 2 ;;
  esac
  printf '%s\n' "$work"
}

# wait_until_idle DEADLINE: waits until the 1-minute load average is below 1.5 or the clock passes
# DEADLINE (seconds since the epoch); 0 means do not wait.
wait_until_idle() {
  local deadline="$1"
  [[ "$deadline" -gt 0 ]] || return 0
  sleep 5
  while awk '{exit !($1 >= 1.5)}' /proc/loadavg && [[ $(date +%s) -lt $deadline ]]; do
    sleep 10
  done
}

# idle: waits as wait_until_idle does, for at most the caller's WAIT_IDLE minutes (0: not at all).
idle() {
  local deadline=0
  [[ ${WAIT_IDLE:-0} -gt 0 ]] && deadline=$(( $(date +%s) + WAIT_IDLE * 60 ))
  wait_until_idle "$deadline"
}

# free_port: a loopback port that nothing listens on.
free_port() {
  local port
  while true; do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      printf '%s\n' "$port"
      return
    fi
  done
}

# load_average: the 1-minute load average now.
load_average() { cut -d ' ' -f 1 /proc/loadavg; }

# snapshot_hrcg SNAP: copies the launcher and the command-line jar with its libraries into SNAP, so
# that a build started meanwhile cannot change or break the timed runs. Run it as
# `env HRCG_NO_BUILD=1 SNAP/hrcg`.
snapshot_hrcg() {
  local snap="$1"
  mkdir -p "$snap/ingest/target"
  cp "$ROOT/hrcg" "$snap/hrcg"
  cp "$ROOT"/ingest/target/hrcg-ingest-*.jar "$snap/ingest/target/"
  rm -f "$snap"/ingest/target/*-sources.jar "$snap"/ingest/target/*-javadoc.jar \
    "$snap"/ingest/target/*-tests.jar
  rm -rf "$snap/ingest/target/lib"
  cp -r "$ROOT/ingest/target/lib" "$snap/ingest/target/lib"
}

# snapshot_service BUILD SNAP: builds the bench module and the service jar when BUILD is 1 (offline
# first), then copies into a new SNAP the launcher with the command line (snapshot_hrcg), the bench
# classes (SNAP/bench-classes) and the service jar (SNAP/query-service.jar). Run from ROOT.
snapshot_service() {
  local build="$1" snap="$2" jar
  if [[ "$build" -eq 1 ]]; then
    log "building (mvn package -DskipTests -pl bench,query-service -am)"
    mvn -B -q -o package -DskipTests -Dspotless.check.skip=true -pl bench,query-service -am \
      || mvn -B -q package -DskipTests -Dspotless.check.skip=true -pl bench,query-service -am
  fi
  rm -rf "$snap"
  snapshot_hrcg "$snap"
  cp -r bench/target/classes "$snap/bench-classes"
  jar="$(ls query-service/target/hrcg-query-service-*.jar | grep -v -e '-sources' -e '-javadoc' -e '-tests' | awk 'NR == 1')"
  cp "$jar" "$snap/query-service.jar"
}

# median: the median of the numbers on stdin, one a line.
median() {
  sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

# Shell functions shared by the benchmark scripts (run-ingest.sh, run-peers.sh, run-sparql.sh); sourced, not run.
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

# claim_workdir WORK: takes the work folder for this run, refusing when another run holds it. A run
# deletes its stores and databases in WORK when it ends, which would pull them from under another
# run in the same folder. The lock (WORK/.lock, on file descriptor 9) lasts as long as the script
# and what it started: a service left running keeps the folder taken. --report-only reads the
# logs without claiming the folder, and deletes nothing.
claim_workdir() {
  exec 9>"$1/.lock"
  if ! flock -n 9; then
    echo "$1 is in use by another benchmark run (or a process it started); choose another --work" >&2
    exit 2
  fi
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

# jfr_profile JFR LOGS WHEN: where the service's CPU went, from the JFR recording's execution
# samples, as Markdown tables (WHEN completes "JFR execution samples of the service ..."). Each
# sample goes to the first endpoint named in its stack; self time to its innermost frame; a layer by
# its innermost frame outside the JDK; hrcg time to the innermost frame of hrcg's own code other
# than the helpers that only run a query (SearchQueries, GraphStore, TdbStore); a search step to the
# PracticeSearch or TextIndex method that find called. Keeps LOGS/samples.txt and LOGS/profile.tsv.
jfr_profile() {
  local jfr="$1" logs="$2" when="$3" total
  jfr print --stack-depth 128 --events jdk.ExecutionSample "$jfr" >"$logs/samples.txt"
  awk '
    function flush() {
      if (!have) return
      total++
      k = "other"
      if (stack ~ /TextIndex\.(links|open|build)/) k = "text index build"
      else if (stack ~ /PracticeSearch\.find/) k = "GET /api/practices"
      else if (stack ~ /PeersController\.peers/) k = "GET /api/territories/{slug}/peers"
      else if (stack ~ /PeersController\.similar/) k = "GET /api/practices/{slug}/similar"
      else if (stack ~ /PeersController\.inspirations/) k = "GET /api/inspirations"
      else if (stack ~ /TerritoriesController\.territory\(/) k = "GET /api/territories/{slug}"
      else if (stack ~ /TerritoriesController\.territories/) k = "GET /api/territories"
      else if (stack ~ /PeerIndex\.build/) k = "peers index build"
      else if (stack ~ /[Hh]ealth/) k = "GET /actuator/health"
      else if (stack ~ /org\.apache\.jena\.fuseki|org\.hrcg\.service\.sparql/) k = "/sparql (Fuseki servlets and hrcg filters)"
      else if (stack ~ /org\.apache\.(coyote|tomcat|catalina)|springframework/) k = "HTTP and Spring, outside the handlers"
      kind[k]++
      self[top]++
      l = "other"
      if (lib ~ /^org\.apache\.jena\.tdb2\.store\.nodetable|^com\.github\.benmanes\.caffeine/) l = "TDB2 node table and its cache (NodeId to Node)"
      else if (lib ~ /^org\.apache\.jena\.(dboe|tdb2)/) l = "TDB2 indexes (B+ tree search, blocks)"
      else if (lib ~ /^org\.apache\.jena\.(riot|sparql\.resultset|atlas\.io)/) l = "Jena parsers and writers (RIOT, result sets, atlas.io)"
      else if (lib ~ /^org\.apache\.jena\.fuseki/) l = "Fuseki servlets"
      else if (lib ~ /^org\.apache\.jena/) l = "Jena SPARQL engine (iterators, bindings, DISTINCT)"
      else if (lib ~ /^org\.apache\.lucene/) l = "Lucene"
      else if (lib ~ /^(com\.fasterxml|tools\.jackson)/) l = "JSON writing (Jackson)"
      else if (lib ~ /^org\.hrcg/) l = "hrcg code"
      else if (lib ~ /^org\.(springframework|apache\.(catalina|coyote|tomcat))/) l = "Spring and Tomcat"
      else if (lib == "") l = "JDK only"
      layer[l]++
      if (hrcg != "") own[hrcg]++
      if (k == "GET /api/practices" && step != "") search[step]++
      have = 0
    }
    /jdk\.ExecutionSample/ {flush(); have = 1; stack = ""; top = ""; lib = ""; hrcg = ""; step = ""; next}
    /^[ \t]+[a-zA-Z_$][a-zA-Z0-9_$.\/]*\(.*\)/ && have {
      line = $0; sub(/^[ \t]+/, "", line); sub(/[ \t]+line:.*$/, "", line)
      stack = stack "\n" line
      if (top == "") top = line
      if (lib == "" && line !~ /^(java|javax|jdk|sun)\./) lib = line
      if (hrcg == "" && line ~ /^org\.hrcg\./ && line !~ /(SearchQueries|GraphStore|TdbStore)[.$]/) hrcg = line
      if (line ~ /^org\.hrcg\.service\.peers\.search\.(PracticeSearch|TextIndex)\./ \
          && line !~ /PracticeSearch\.find\(/) step = line
    }
    END {
      flush()
      printf "samples\t%d\n", total
      for (k in kind) printf "kind\t%d\t%s\n", kind[k], k
      for (m in self) printf "self\t%d\t%s\n", self[m], m
      for (m in layer) printf "layer\t%d\t%s\n", layer[m], m
      for (m in own) printf "hrcg\t%d\t%s\n", own[m], m
      for (m in search) printf "search\t%d\t%s\n", search[m], m
    }' "$logs/samples.txt" >"$logs/profile.tsv"
  total=$(awk -F '\t' '$1 == "samples" {print $2}' "$logs/profile.tsv")
  # table TITLE SECTION ROWS: the SECTION's rows, largest first; nothing when it has none.
  table() {
    grep -q "^$2	" "$logs/profile.tsv" || return 0
    echo
    echo "| $1 | Samples | Share |"
    echo "|---|---:|---:|"
    awk -F '\t' -v s="$2" -v t="$total" '$1 == s {printf "%d\t%.1f%%\t%s\n", $2, 100 * $2 / t, $3}' \
      "$logs/profile.tsv" | sort -t "$(printf '\t')" -k1,1nr | awk -v n="$3" 'NR <= n' \
      | awk -F '\t' '{printf "| %s | %s | %s |\n", $3, $1, $2}'
  }
  echo "JFR execution samples of the service $when: $total samples."
  table "Where (first endpoint in the stack)" kind 20
  table "Layer (innermost frame outside the JDK)" layer 12
  table "Hottest methods (innermost frame)" self 15
  table "Innermost hrcg frame (query helpers left out)" hrcg 12
  table "Step of GET /api/practices (the PracticeSearch or TextIndex method that find called)" search 10
  jfr summary "$jfr" | awk '/jdk.GarbageCollection / {printf "\nGarbage collections recorded: %s.\n", $2}'
}

# largest N...: the largest of the numbers given.
largest() { printf '%s\n' "$@" | sort -n | tail -n 1; }

# need_earlier_run WORK: for --report-only, which reads the logs of an earlier run in WORK.
need_earlier_run() {
  [[ -n "$1" && -d "$1/logs" ]] && return 0
  echo "--report-only needs --work DIR of an earlier run" >&2
  exit 2
}

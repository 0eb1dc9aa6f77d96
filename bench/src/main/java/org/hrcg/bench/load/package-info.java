/**
 * The load generator of the peers and search benchmark: {@link org.hrcg.bench.load.LoadGenerator}
 * sends a seeded mix of {@link org.hrcg.bench.load.RequestKind} requests to a running service over
 * HTTP (it never links to the service's code) and reports the latencies of each kind ({@link
 * org.hrcg.bench.load.LatencyStats}). The timings themselves are taken by {@code
 * bench/run-peers.sh}, never by the build.
 */
package org.hrcg.bench.load;

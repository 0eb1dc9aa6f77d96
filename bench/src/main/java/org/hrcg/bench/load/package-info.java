/**
 * The load generator of the peers and search benchmark and of the service's load test: {@link
 * org.hrcg.bench.load.LoadGenerator} sends a seeded mix of {@link org.hrcg.bench.load.RequestKind}
 * requests (the JSON API, SPARQL queries, linked-data pages) to a running service over HTTP (it
 * never links to the service's code) and reports, for each kind, the latencies ({@link
 * org.hrcg.bench.load.LatencyStats}) and what became of the requests ({@link
 * org.hrcg.bench.load.Outcome}). Benchmark timings are taken by {@code bench/run-peers.sh}; the
 * build runs only the load test ({@code LoadIT}), which gates on failures, health and the latency
 * of cheap requests while heavy queries run.
 */
package org.hrcg.bench.load;

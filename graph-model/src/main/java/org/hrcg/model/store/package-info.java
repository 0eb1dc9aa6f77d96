/**
 * The store: {@link org.hrcg.model.store.GraphStore}, the contract that ingest and the service
 * program against; {@link org.hrcg.model.store.TdbStore}, its embedded TDB2 implementation; {@link
 * org.hrcg.model.store.RemoteStore}, the same contract on a remote SPARQL 1.1 dataset, with its
 * {@link org.hrcg.model.store.LocalCopy} for writes checked before they are sent; and {@link
 * org.hrcg.model.store.Stores}, which opens one or the other from a location. Everything else in
 * this package is machinery and package-private; no other package touches TDB2.
 */
package org.hrcg.model.store;

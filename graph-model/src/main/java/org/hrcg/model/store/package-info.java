/**
 * The store: {@link org.hrcg.model.store.GraphStore}, the contract that ingest and the service
 * program against; {@link org.hrcg.model.store.TdbStore}, its embedded TDB2 implementation; {@link
 * org.hrcg.model.store.RemoteStore}, the same contract on a remote SPARQL 1.1 dataset, with its
 * {@link org.hrcg.model.store.LocalCopy} for writes checked before they are sent; {@link
 * org.hrcg.model.store.Stores}, which opens one or the other from a location; {@link
 * org.hrcg.model.store.StoreFault}, what a store's directory refused (no write allowed, no room);
 * and {@link org.hrcg.model.store.WatchedDataset}, the hook on every graph a write touches. The
 * rest of this package is machinery; no other package touches TDB2.
 */
package org.hrcg.model.store;

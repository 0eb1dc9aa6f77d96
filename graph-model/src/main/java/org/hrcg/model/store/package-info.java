/**
 * The store: {@link org.hrcg.model.store.GraphStore}, the contract that ingest and the service
 * program against, and {@link org.hrcg.model.store.TdbStore}, its embedded TDB2 implementation.
 * Everything else in this package is machinery and package-private; no other package touches TDB2.
 */
package org.hrcg.model.store;

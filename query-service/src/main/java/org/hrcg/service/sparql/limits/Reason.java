package org.hrcg.service.sparql.limits;

/** Why a limit refused or cut a request: the {@code reason} of metrics and problem bodies. */
enum Reason {
  /** Every worker is busy and the queue is full. */
  QUEUE_FULL("queue-full"),
  /** The request waited in the queue for the longest time allowed. */
  QUEUE_TIMEOUT("queue-timeout"),
  /** The query, update or upload is larger than allowed. */
  TOO_LARGE("too-large"),
  /** {@code SERVICE} to an endpoint that is not allowed. */
  SERVICE("service"),
  /** {@code LOAD}, which would fetch a URL. */
  LOAD("load"),
  /** An XML upload whose DOCTYPE names an external DTD or entity. */
  XML_ENTITY("xml-entity"),
  /** A JSON-LD upload that nests arrays and objects deeper than allowed. */
  TOO_DEEP("too-deep"),
  /** The query ran longer than allowed. */
  TIMEOUT("timeout"),
  /** The result had more rows (or triples) than allowed: cut, or refused. */
  ROW_CAP("row-cap"),
  /** The remote store behind the service failed to answer a query. */
  STORE("store");

  private final String tag;

  Reason(String tag) {
    this.tag = tag;
  }

  /** The name used in metrics and problem bodies. */
  String tag() {
    return tag;
  }
}

# The first operations of every write request: they fail the whole request (and so undo it) unless
# the store is at the revision the writer read. The check graph is filled only when the revision
# matches, and CLEAR of a graph the store does not hold fails (SPARQL 1.1 Update, 3.2.2); the DROP
# removes it again for stores that keep empty graphs.
PREFIX hrcst: <https://w3id.org/hrcg/store#>
INSERT { GRAPH ?check { ?check hrcst:expectedRevision ?expected } }
WHERE {
  OPTIONAL { GRAPH ?meta { ?meta hrcst:revision ?stored } }
  FILTER (COALESCE(?stored, 0) = ?expected)
} ;
CLEAR GRAPH ?check ;
DROP SILENT GRAPH ?check

# CLEAR ALL as the store means it: every named graph but the meta, ontology and schemes graphs.
DELETE { GRAPH ?graph { ?s ?p ?o } }
WHERE {
  GRAPH ?graph { ?s ?p ?o }
  FILTER (?graph NOT IN (?meta, ?ontology, ?schemes))
}

# Removes the load records of graphs that no longer hold any triple.
PREFIX prov: <http://www.w3.org/ns/prov#>
DELETE { GRAPH ?meta { ?load ?p ?o } }
WHERE {
  GRAPH ?meta { ?graph prov:wasGeneratedBy ?load . ?load ?p ?o }
  FILTER NOT EXISTS { GRAPH ?graph { ?gs ?gp ?go } }
} ;
DELETE { GRAPH ?meta { ?graph ?p ?o } }
WHERE {
  GRAPH ?meta { ?graph prov:wasGeneratedBy ?load . ?graph ?p ?o }
  FILTER NOT EXISTS { GRAPH ?graph { ?gs ?gp ?go } }
}

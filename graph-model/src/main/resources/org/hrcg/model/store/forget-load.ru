# Removes a graph's load record from the meta graph.
DELETE WHERE { GRAPH ?meta { ?graph ?p ?o } } ;
DELETE WHERE { GRAPH ?meta { ?load ?p ?o } }

# The last step of a load written in steps: its progress record goes, the load records stay.
PREFIX hrcst: <https://w3id.org/hrcg/store#>
DELETE WHERE { GRAPH ?meta { ?load hrcst:partOf ?run } } ;
DELETE WHERE { GRAPH ?meta { ?run ?p ?o } }

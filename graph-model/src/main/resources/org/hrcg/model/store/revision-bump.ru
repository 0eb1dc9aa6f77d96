# The last operation of every write request: the revision the writer read, plus one.
PREFIX hrcst: <https://w3id.org/hrcg/store#>
DELETE { GRAPH ?meta { ?meta hrcst:revision ?stored } }
INSERT { GRAPH ?meta { ?meta hrcst:revision ?next } }
WHERE { OPTIONAL { GRAPH ?meta { ?meta hrcst:revision ?stored } } }

# A dump given as a string, not an IRI.
# expect: Warning Dataset-dataDump dataset NodeKind
DELETE DATA { <dataset> void:dataDump <https://w3id.org/kzld/id/kzld.jsonld> } ;
INSERT DATA { <dataset> void:dataDump "kzld.jsonld" }

# A dataset title without language tag.
# expect: Violation Dataset-title dataset Datatype
DELETE DATA { <dataset> dcterms:title "kzld knowledge graph"@en } ;
INSERT DATA { <dataset> dcterms:title "kzld knowledge graph" }

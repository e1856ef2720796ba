# A dataset title without language tag.
# expect: Violation Dataset-title dataset
DELETE DATA { <dataset> dcterms:title "kzld knowledge graph"@en } ;
INSERT DATA { <dataset> dcterms:title "kzld knowledge graph" }

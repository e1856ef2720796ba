# No title.
# expect: Violation Dataset-title dataset MinCount
DELETE DATA { <dataset> dcterms:title "kzld knowledge graph"@en }

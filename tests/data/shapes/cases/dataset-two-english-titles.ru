# Two English titles.
# expect: Violation Dataset-title dataset UniqueLang
INSERT DATA { <dataset> dcterms:title "The kzld graph"@en }

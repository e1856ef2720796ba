# Two triple counts.
# expect: Violation Dataset-triples dataset MaxCount
INSERT DATA { <dataset> void:triples 201 }

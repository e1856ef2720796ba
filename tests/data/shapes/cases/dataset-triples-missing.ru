# No triple count.
# expect: Violation Dataset-triples dataset MinCount
DELETE DATA { <dataset> void:triples 200 }

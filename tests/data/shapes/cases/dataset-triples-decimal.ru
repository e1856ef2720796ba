# A triple count written as a decimal.
# expect: Violation Dataset-triples dataset Datatype
DELETE DATA { <dataset> void:triples 200 } ;
INSERT DATA { <dataset> void:triples 200.0 }

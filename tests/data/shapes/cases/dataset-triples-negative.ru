# A negative triple count.
# expect: Violation Dataset-triples dataset MinInclusive
DELETE DATA { <dataset> void:triples 200 } ;
INSERT DATA { <dataset> void:triples -1 }

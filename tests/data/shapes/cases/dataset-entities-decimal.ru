# An entity count written as a decimal.
# expect: Violation Dataset-entities dataset Datatype
DELETE DATA { <dataset> void:entities 30 } ;
INSERT DATA { <dataset> void:entities 30.0 }

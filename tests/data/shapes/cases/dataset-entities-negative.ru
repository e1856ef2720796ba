# A negative entity count.
# expect: Violation Dataset-entities dataset MinInclusive
DELETE DATA { <dataset> void:entities 30 } ;
INSERT DATA { <dataset> void:entities -1 }

# A stated count that is not an integer.
# expect: Violation Statement-statedSignatoryCount statement/s1 Datatype
DELETE DATA { <statement/s1> kzld:statedSignatoryCount 25 } ;
INSERT DATA { <statement/s1> kzld:statedSignatoryCount 25.0 }

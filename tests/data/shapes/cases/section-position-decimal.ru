# A section position written as a decimal.
# expect: Violation SignatorySection-position statement/s1/section/1 Datatype
DELETE DATA { <statement/s1/section/1> schema:position 1 } ;
INSERT DATA { <statement/s1/section/1> schema:position 1.0 }

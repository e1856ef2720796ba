# A section at position 0.
# expect: Violation SignatorySection-position statement/s1/section/1 MinInclusive
DELETE DATA { <statement/s1/section/1> schema:position 1 } ;
INSERT DATA { <statement/s1/section/1> schema:position 0 }

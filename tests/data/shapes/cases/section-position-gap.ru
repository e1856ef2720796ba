# Sections numbered from 2.
# expect: Violation SignatorySection-positionGap statement/s1/section/1 SPARQL
DELETE DATA { <statement/s1/section/1> schema:position 1 } ;
INSERT DATA { <statement/s1/section/1> schema:position 2 }

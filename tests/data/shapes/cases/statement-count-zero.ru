# A stated signatory count of 0.
# expect: Violation Statement-statedSignatoryCount statement/s1 MinInclusive
# expect: Warning Statement-statedCountCoversNamed statement/s1 SPARQL
DELETE DATA { <statement/s1> kzld:statedSignatoryCount 25 } ;
INSERT DATA { <statement/s1> kzld:statedSignatoryCount 0 }

# A stated count below the number of signatures named.
# expect: Warning Statement-statedCountCoversNamed statement/s1 SPARQL
DELETE DATA { <statement/s1> kzld:statedSignatoryCount 25 } ;
INSERT DATA { <statement/s1> kzld:statedSignatoryCount 1 }

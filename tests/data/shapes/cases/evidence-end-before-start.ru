# A span that ends before it starts.
# expect: Violation Evidence-offsets evidence/s1/90-102 SPARQL
DELETE DATA { <evidence/s1/90-102/position> oa:start 90 ; oa:end 102 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:start 102 ; oa:end 90 }

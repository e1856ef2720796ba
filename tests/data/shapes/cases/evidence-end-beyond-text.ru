# A span that runs past the end of the text.
# expect: Violation Evidence-offsets evidence/s1/90-102 SPARQL
DELETE DATA { <evidence/s1/90-102/position> oa:end 102 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:end 104 }

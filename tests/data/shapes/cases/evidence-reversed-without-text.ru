# A reversed span in a source without text: both reported.
# expect: Violation Evidence-offsets evidence/s1/90-102 SPARQL
# expect: Violation SourceDocument-text source/s1 MinCount
DELETE { <source/s1> schema:text ?t } WHERE { <source/s1> schema:text ?t } ;
DELETE DATA { <evidence/s1/90-102/position> oa:start 90 } ;
INSERT DATA { <evidence/s1/90-102/position> oa:start 110 }

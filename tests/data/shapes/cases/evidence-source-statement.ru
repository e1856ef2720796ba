# Evidence whose source is the statement, not the source document.
# expect: Violation Evidence-source evidence/s1/47-57 Class
DELETE DATA { <evidence/s1/47-57> oa:hasSource <source/s1> } ;
INSERT DATA { <evidence/s1/47-57> oa:hasSource <statement/s1> }

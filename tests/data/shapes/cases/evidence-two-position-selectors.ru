# Evidence with two position selectors (even equal ones).
# expect: Violation Evidence-positionSelector evidence/s1/47-57 QualifiedMaxCount
INSERT DATA { <evidence/s1/47-57> oa:hasSelector <evidence/s1/47-57/position2> .
              <evidence/s1/47-57/position2> a oa:TextPositionSelector ; oa:start 47 ; oa:end 57 }

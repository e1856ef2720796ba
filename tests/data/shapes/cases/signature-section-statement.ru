# A signature whose section is the statement itself.
# expect: Violation Signature-positionGap signature/s1/pt SPARQL
# expect: Violation Signature-section signature/s1/pt Class
# expect: Violation Signature-sectionOfObject signature/s1/pt SPARQL
DELETE DATA { <signature/s1/pt> kzld:section <statement/s1/section/1> } ;
INSERT DATA { <signature/s1/pt> kzld:section <statement/s1> }

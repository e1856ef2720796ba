# A evidence that is a blank node.
# expect: Violation Evidence _: NodeKind
INSERT DATA { [] a oa:SpecificResource ; oa:hasSource <source/s1> ; oa:hasSelector <evidence/s1/0-28/position>, <evidence/s1/0-28/quote> }

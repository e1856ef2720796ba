# A position selector that is a blank node.
# expect: Violation TextPositionSelector _: NodeKind
INSERT DATA { [] a oa:TextPositionSelector ; oa:start 0 ; oa:end 1 }

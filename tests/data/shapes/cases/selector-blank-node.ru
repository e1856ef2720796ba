# A quote selector that is a blank node.
# expect: Violation TextQuoteSelector _: NodeKind
INSERT DATA { [] a oa:TextQuoteSelector ; oa:exact "x" }

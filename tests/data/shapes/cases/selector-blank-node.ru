# A quote selector that is a blank node.
# expect: Violation TextQuoteSelector _:
INSERT DATA { [] a oa:TextQuoteSelector ; oa:exact "x" }

# A quote that is an IRI.
# expect: Violation Evidence-quote evidence/s1/47-57 SPARQL
# expect: Violation TextQuoteSelector-exact evidence/s1/47-57/quote Or
DELETE DATA { <evidence/s1/47-57/quote> oa:exact "Signed by:" } ;
INSERT DATA { <evidence/s1/47-57/quote> oa:exact <org/kke> }

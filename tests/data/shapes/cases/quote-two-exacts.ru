# A quote selector with two quotes.
# expect: Violation Evidence-quote evidence/s1/47-57 SPARQL
# expect: Violation TextQuoteSelector-exact evidence/s1/47-57/quote MaxCount
INSERT DATA { <evidence/s1/47-57/quote> oa:exact "Signed by" }

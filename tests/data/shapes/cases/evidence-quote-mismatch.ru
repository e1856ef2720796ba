# A quote that is not the selected text (one code point short).
# expect: Violation Evidence-quote evidence/s1/90-102 SPARQL
DELETE DATA { <evidence/s1/90-102/quote> oa:exact "Партия труда" } ;
INSERT DATA { <evidence/s1/90-102/quote> oa:exact "Партия труд" }

# A quote selector without quote.
# expect: Violation TextQuoteSelector-exact evidence/s1/90-102/quote MinCount
DELETE DATA { <evidence/s1/90-102/quote> oa:exact "Партия труда" }

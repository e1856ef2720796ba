# Evidence with two quote selectors (even equal ones).
# expect: Violation Evidence-quoteSelector evidence/s1/47-57 QualifiedMaxCount
INSERT DATA { <evidence/s1/47-57> oa:hasSelector <evidence/s1/47-57/quote2> .
              <evidence/s1/47-57/quote2> a oa:TextQuoteSelector ; oa:exact "Signed by:" }

# A mention of nothing.
# expect: Violation Mention-body mention/s1/61-86 MinCount
DELETE DATA { <mention/s1/61-86> oa:hasBody <org/kke> }

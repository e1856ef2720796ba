# A mention whose body is a source document.
# expect: Violation Mention-body mention/s1/61-86 Or
DELETE DATA { <mention/s1/61-86> oa:hasBody <org/kke> } ;
INSERT DATA { <mention/s1/61-86> oa:hasBody <source/s1> }

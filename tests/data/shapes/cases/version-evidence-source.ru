# A version derived from the source document instead of a span.
# expect: Violation LanguageVersion-evidence statement/s1/ru Class
DELETE DATA { <statement/s1/ru> prov:wasDerivedFrom <evidence/s1/29-45> } ;
INSERT DATA { <statement/s1/ru> prov:wasDerivedFrom <source/s1> }

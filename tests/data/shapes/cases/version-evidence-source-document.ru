# A language version derived from the whole source, not a span of it.
# expect: Violation LanguageVersion-evidence statement/s1/en Class
DELETE DATA { <statement/s1/en> prov:wasDerivedFrom <evidence/s1/0-28> } ;
INSERT DATA { <statement/s1/en> prov:wasDerivedFrom <source/s1> }

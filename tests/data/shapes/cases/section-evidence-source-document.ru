# A section derived from the whole source, not a span of it.
# expect: Violation SignatorySection-evidence statement/s1/section/1 Class
DELETE DATA { <statement/s1/section/1> prov:wasDerivedFrom <evidence/s1/47-57> } ;
INSERT DATA { <statement/s1/section/1> prov:wasDerivedFrom <source/s1> }

# A section derived from two spans.
# expect: Violation SignatorySection-evidence statement/s1/section/1 MaxCount
INSERT DATA { <statement/s1/section/1> prov:wasDerivedFrom <evidence/s1/0-28> }

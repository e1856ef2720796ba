# A language version derived from two spans.
# expect: Violation LanguageVersion-evidence statement/s1/en MaxCount
INSERT DATA { <statement/s1/en> prov:wasDerivedFrom <evidence/s1/47-57> }

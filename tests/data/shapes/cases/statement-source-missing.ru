# A statement without its source document.
# expect: Violation Statement-primarySource statement/s1 MinCount
DELETE DATA { <statement/s1> prov:hadPrimarySource <source/s1> }

# A statement with two stated signatory counts.
# expect: Violation Statement-statedSignatoryCount statement/s1 MaxCount
INSERT DATA { <statement/s1> kzld:statedSignatoryCount 26 }

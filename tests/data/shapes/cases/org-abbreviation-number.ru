# An abbreviation that is a number.
# expect: Violation Organization-abbreviation org/kke Or
INSERT DATA { <org/kke> kzld:abbreviation 5 }

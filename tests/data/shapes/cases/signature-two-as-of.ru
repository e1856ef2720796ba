# A signature with two as-of dates.
# expect: Violation Signature-asOf signature/s1/kke MaxCount
INSERT DATA { <signature/s1/kke> kzld:asOf "2015-11-17"^^xsd:date }

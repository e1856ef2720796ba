# An as-of date as written, not xsd:date.
# expect: Violation Signature-asOf signature/s1/kke Datatype
DELETE DATA { <signature/s1/kke> kzld:asOf "2015-11-16"^^xsd:date } ;
INSERT DATA { <signature/s1/kke> kzld:asOf "16.11.2015" }

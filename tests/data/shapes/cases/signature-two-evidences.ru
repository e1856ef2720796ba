# A signature derived from two spans.
# expect: Violation Signature-evidence signature/s1/kke MaxCount
INSERT DATA { <signature/s1/kke> prov:wasDerivedFrom <evidence/s1/90-102> }

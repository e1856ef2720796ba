# A signature without evidence.
# expect: Violation Signature-evidence signature/s1/pt MinCount
DELETE DATA { <signature/s1/pt> prov:wasDerivedFrom <evidence/s1/90-102> }

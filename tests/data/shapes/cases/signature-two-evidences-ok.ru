# A signature derived from two spans (its organisation listed twice): conforms.
# expect: nothing (conforms)
INSERT DATA { <signature/s1/kke> prov:wasDerivedFrom <evidence/s1/90-102> }

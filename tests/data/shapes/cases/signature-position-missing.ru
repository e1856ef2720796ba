# A signature without position.
# expect: Violation Signature-position signature/s1/pt MinCount
DELETE DATA { <signature/s1/pt> schema:position 2 }

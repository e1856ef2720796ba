# A signature at two positions.
# expect: Violation Signature-position signature/s1/pt MaxCount
INSERT DATA { <signature/s1/pt> schema:position 3 }

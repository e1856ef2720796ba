# A country that is a blank node (also a place).
# expect: Violation Country _:
# expect: Violation Place _:
INSERT DATA { [] a schema:Country ; schema:identifier "FR" ; schema:name "France"@en }

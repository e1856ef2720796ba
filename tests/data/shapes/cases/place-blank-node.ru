# A place that is a blank node.
# expect: Violation Place _:
INSERT DATA { [] a schema:Place ; schema:name "P"@en }

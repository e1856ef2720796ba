# schema:about pointing at an organisation.
# expect: Violation Statement-about statement/s1 Class
INSERT DATA { <statement/s1> schema:about <org/kke> }

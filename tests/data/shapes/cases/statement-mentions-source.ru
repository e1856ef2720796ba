# schema:mentions pointing at a source document.
# expect: Violation Statement-mentions statement/s1 Or
INSERT DATA { <statement/s1> schema:mentions <source/s1> }

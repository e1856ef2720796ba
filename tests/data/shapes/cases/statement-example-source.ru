# A statement whose work example is its source document.
# expect: Violation Statement-workExample statement/s1 Class
INSERT DATA { <statement/s1> schema:workExample <source/s1> }

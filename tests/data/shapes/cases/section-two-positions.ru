# A section at two positions.
# expect: Violation SignatorySection-position statement/s1/section/1 MaxCount
INSERT DATA { <statement/s1/section/1> schema:position 2 }

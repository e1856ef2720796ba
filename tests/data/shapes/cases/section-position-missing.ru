# A section without its position.
# expect: Violation SignatorySection-position statement/s1/section/1 MinCount
DELETE DATA { <statement/s1/section/1> schema:position 1 }

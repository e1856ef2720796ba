# A statement without genre.
# expect: Violation Statement-genre statement/s1 MinCount
DELETE DATA { <statement/s1> schema:genre genre:motion }

# A genre outside kzld:genres.
# expect: Violation Statement-genre statement/s1 Node
DELETE DATA { <statement/s1> schema:genre genre:motion } ;
INSERT DATA { <statement/s1> schema:genre genre:poem }

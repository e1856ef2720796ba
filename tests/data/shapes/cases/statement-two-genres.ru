# A statement with two genres.
# expect: Violation Statement-genre statement/s1 MaxCount
INSERT DATA { <statement/s1> schema:genre genre:interview }

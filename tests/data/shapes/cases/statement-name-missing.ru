# A statement without any title.
# expect: Warning Statement-hasName statement/s1 MinCount
DELETE { <statement/s1> schema:name ?n } WHERE { <statement/s1> schema:name ?n }

# A person without name.
# expect: Violation Person-name person/p1 MinCount
DELETE { <person/p1> schema:name ?n } WHERE { <person/p1> schema:name ?n }
